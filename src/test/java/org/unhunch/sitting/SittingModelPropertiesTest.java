package org.unhunch.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Invariants that hold for any trace and any allowed settings. */
class SittingModelPropertiesTest {

    /** One observation {@code delta} nanoseconds after the previous one. */
    record Step(long delta, Observation observation) {
    }

    /** The flags the model was told of, as they stood when an event was emitted. */
    record Flags(boolean locked, boolean engaged, boolean busy, Observation during) {
        boolean present() {
            return engaged && !locked;
        }
    }

    record Run(List<SittingEvent> events, List<Flags> flagsWhenEmitted) {
    }

    @Property(tries = 400)
    void events_come_in_time_order(@ForAll("traces") List<Step> trace, @ForAll("settings") SittingSettings settings) {
        List<SittingEvent> events = replay(trace, settings).events();
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).at()).isGreaterThanOrEqualTo(events.get(i - 1).at());
        }
    }

    @Property(tries = 400)
    void sessions_alternate_and_never_overlap(@ForAll("traces") List<Step> trace,
                                              @ForAll("settings") SittingSettings settings) {
        SittingEvent.SittingStarted open = null;
        SittingEvent.SittingEnded previous = null;
        Run run = replay(trace, settings);
        for (int i = 0; i < run.events().size(); i++) {
            SittingEvent event = run.events().get(i);
            Flags flags = run.flagsWhenEmitted().get(i);
            if (event instanceof SittingEvent.SittingStarted started) {
                assertThat(flags.during()).as("what started %s", started).matches(Observation::isActivity);
                assertThat(open).as("a session started while another was open").isNull();
                if (previous == null) {
                    assertThat(started.away()).isNull();
                } else {
                    assertThat(started.at()).isGreaterThanOrEqualTo(previous.endedAt());
                    assertThat(started.away()).isEqualTo(Duration.ofNanos(started.at() - previous.endedAt()));
                }
                open = started;
            } else if (event instanceof SittingEvent.SittingEnded ended) {
                assertThat(open).as("a session ended that was not open").isNotNull();
                assertThat(ended.endedAt()).isBetween(open.at(), ended.at());
                assertThat(ended.sitting()).isEqualTo(Duration.ofNanos(ended.endedAt() - open.at()));
                long idleLimit = (flags.present() ? settings.engagedLimit() : settings.breakGap()).toNanos();
                switch (ended.reason()) {
                    case IDLE -> assertThat(ended.at() - ended.endedAt()).isEqualTo(idleLimit);
                    case ROUTINE -> assertThat(ended.at()).isEqualTo(ended.endedAt());
                    case END -> assertThat(ended.at() - ended.endedAt()).isLessThan(idleLimit);
                }
                previous = ended;
                open = null;
            }
        }
        assertThat(open).as("end of input leaves no session open").isNull();
    }

    @Property(tries = 400)
    void no_prompt_is_shown_while_the_screen_is_locked_or_the_person_busy(
            @ForAll("traces") List<Step> trace, @ForAll("settings") SittingSettings settings) {
        Run run = replay(trace, settings);
        for (int i = 0; i < run.events().size(); i++) {
            if (run.events().get(i).type() == EventType.PROMPT_SHOWN) {
                assertThat(run.flagsWhenEmitted().get(i).locked()).as("locked when %s", run.events().get(i)).isFalse();
                assertThat(run.flagsWhenEmitted().get(i).busy()).as("busy when %s", run.events().get(i)).isFalse();
            }
        }
    }

    @Property(tries = 400)
    void a_prompt_is_held_only_while_busy_and_only_once_the_break_is_due(
            @ForAll("traces") List<Step> trace, @ForAll("settings") SittingSettings settings) {
        Run run = replay(trace, settings);
        boolean due = false;
        for (int i = 0; i < run.events().size(); i++) {
            SittingEvent event = run.events().get(i);
            switch (event.type()) {
                case BREAK_DUE -> due = true;
                case PROMPT_HELD -> {
                    assertThat(due).as("%s before the break fell due", event).isTrue();
                    assertThat(run.flagsWhenEmitted().get(i).busy()).as("busy when %s", event).isTrue();
                }
                case SITTING_ENDED, BREAK_SKIPPED, BREAK_SNOOZED, BREAK_IGNORED -> due = false;
                default -> { }
            }
        }
    }

    @Property(tries = 400)
    void summary_totals_equal_the_sum_of_session_lengths(@ForAll("traces") List<Step> trace,
                                                         @ForAll("settings") SittingSettings settings) {
        List<SittingEvent> events = replay(trace, settings).events();
        SittingSummary summary = new SittingSummary();
        events.forEach(summary::accept);
        long total = 0;
        long longest = 0;
        long openedAt = 0;
        int sessions = 0;
        for (SittingEvent event : events) {
            if (event instanceof SittingEvent.SittingStarted started) {
                openedAt = started.at();
                sessions++;
            } else if (event instanceof SittingEvent.SittingEnded ended) {
                total += ended.endedAt() - openedAt;
                longest = Math.max(longest, ended.endedAt() - openedAt);
            }
        }
        assertThat(summary.totalSitting()).isEqualTo(Duration.ofNanos(total));
        assertThat(summary.longestSitting()).isEqualTo(Duration.ofNanos(longest));
        assertThat(summary.sessions()).isEqualTo(sessions);
    }

    @Property(tries = 400)
    void every_answer_event_answers_an_open_prompt_or_routine(@ForAll("traces") List<Step> trace,
                                                              @ForAll("settings") SittingSettings settings) {
        EventType open = null;
        for (SittingEvent event : replay(trace, settings).events()) {
            switch (event.type()) {
                case PROMPT_SHOWN, ROUTINE_STARTED -> open = event.type();
                case BREAK_SNOOZED, BREAK_SKIPPED, BREAK_IGNORED -> {
                    assertThat(open).as("%s without a prompt", event).isEqualTo(EventType.PROMPT_SHOWN);
                    open = null;
                }
                case BREAK_DONE, BREAK_PARTIAL -> {
                    assertThat(open).as("%s without a routine", event).isEqualTo(EventType.ROUTINE_STARTED);
                    open = null;
                }
                case SITTING_ENDED, PROMPT_HELD -> {
                    if (open == EventType.PROMPT_SHOWN) {
                        open = null;
                    }
                }
                default -> { }
            }
        }
    }

    /** The live agent wakes at times of its own choosing; that must not change what the model says. */
    @Property(tries = 300)
    void extra_wake_ups_between_observations_change_no_event(@ForAll("traces") List<Step> trace,
                                                             @ForAll("settings") SittingSettings settings) {
        List<SittingEvent> plain = replay(trace, settings).events();
        List<SittingEvent> woken = new ArrayList<>();
        SittingModel model = new SittingModel(settings, woken::add);
        long t = 0;
        for (Step step : trace) {
            for (long wake = t + step.delta() / 3; wake < t + step.delta(); wake += Math.max(1, step.delta() / 3)) {
                model.advanceTo(wake);
            }
            t += step.delta();
            model.observe(step.observation(), t);
        }
        model.endOfInput();
        assertThat(woken).isEqualTo(plain);
    }

    /**
     * Replays the trace, noting the flags at each event: deadlines up to an observation's time are
     * let pass first (with the flags before it), then the observation is handled (with the flags after it).
     */
    private static Run replay(List<Step> trace, SittingSettings settings) {
        List<SittingEvent> events = new ArrayList<>();
        List<Flags> flags = new ArrayList<>();
        Flags[] now = {new Flags(false, false, false, null)};
        SittingModel model = new SittingModel(settings, event -> {
            events.add(event);
            flags.add(now[0]);
        });
        long t = 0;
        for (Step step : trace) {
            t += step.delta();
            model.advanceTo(t);
            Flags before = now[0];
            Observation seen = step.observation();
            now[0] = new Flags(
                    seen == Observation.LOCK || (before.locked() && seen != Observation.UNLOCK),
                    seen == Observation.ENGAGED || (before.engaged() && seen != Observation.DISENGAGED),
                    seen == Observation.BUSY || (before.busy() && seen != Observation.FREE),
                    seen);
            model.observe(seen, t);
        }
        now[0] = new Flags(now[0].locked(), now[0].engaged(), now[0].busy(), null);
        model.endOfInput();
        return new Run(events, flags);
    }

    @Provide
    Arbitrary<List<Step>> traces() {
        Arbitrary<Long> delta = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0L)),
                Tuple.of(10, Arbitraries.longs().between(1, 5_000).map(ms -> ms * 1_000_000)),
                Tuple.of(6, Arbitraries.longs().between(5, 400).map(s -> s * 1_000_000_000)),
                Tuple.of(1, Arbitraries.longs().between(400, 4_000).map(s -> s * 1_000_000_000)));
        Arbitrary<Observation> observation = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.of(
                        Observation.KEY, Observation.POINTER, Observation.WHEEL, Observation.INPUT)),
                Tuple.of(2, Arbitraries.of(Observation.LOCK, Observation.UNLOCK)),
                Tuple.of(3, Arbitraries.of(Observation.START, Observation.DONE, Observation.SKIP, Observation.SNOOZE)),
                Tuple.of(1, Arbitraries.of(Observation.PAUSE, Observation.RESUME)),
                Tuple.of(2, Arbitraries.of(Observation.ENGAGED, Observation.DISENGAGED)),
                Tuple.of(2, Arbitraries.of(Observation.BUSY, Observation.FREE)),
                Tuple.of(1, Arbitraries.just(Observation.TICK)));
        return Combinators.combine(delta, observation).as(Step::new).list().ofMaxSize(600);
    }

    @Provide
    Arbitrary<SittingSettings> settings() {
        Arbitrary<Duration> limit = Arbitraries.integers().between(10, 180).map(Duration::ofMinutes);
        Arbitrary<Duration> gap = Arbitraries.integers().between(1, 30).map(Duration::ofMinutes);
        Arbitrary<Duration> pause = Arbitraries.integers().between(0, 30).map(Duration::ofSeconds);
        Arbitrary<Duration> maxWait = Arbitraries.integers().between(0, 600).map(Duration::ofSeconds);
        Arbitrary<Duration> timeout = Arbitraries.integers().between(30, 1800).map(Duration::ofSeconds);
        Arbitrary<Duration> snooze = Arbitraries.integers().between(1, 60).map(Duration::ofMinutes);
        Arbitrary<Duration> engagedLimit = Arbitraries.integers().between(10, 480).map(Duration::ofMinutes);
        return Combinators.combine(limit, gap, pause, maxWait, timeout, snooze, engagedLimit)
                .filter((sit, breakGap, prompt, wait, unanswered, later, engaged) -> engaged.compareTo(breakGap) >= 0)
                .as(SittingSettings::new);
    }
}
