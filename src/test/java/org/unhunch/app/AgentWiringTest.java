package org.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.unhunch.activity.ActivityKind;
import org.unhunch.activity.ActivityRecorder;
import org.unhunch.activity.AskedActivity;
import org.unhunch.activity.ActivitySource;
import org.unhunch.activity.FakeTicker;
import org.unhunch.agent.AgentClock;
import org.unhunch.agent.AgentLoop;
import org.unhunch.agent.AgentStatus;
import org.unhunch.agent.LiveSettings;
import org.unhunch.agent.ObservationInbox;
import org.unhunch.presence.PresenceReadings;
import org.unhunch.records.BreakLog;
import org.unhunch.records.EventsRead;
import org.unhunch.records.LoggedEvent;
import org.unhunch.records.RoutineProgress;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import org.unhunch.settings.SettingsStore.Resolved;
import org.unhunch.sitting.EventType;
import org.unhunch.sitting.Observation;
import org.unhunch.sitting.SittingEvent;
import org.unhunch.sitting.SittingSettings;
import org.unhunch.testing.MemoryPreferences;
import org.unhunch.testing.MutableClock;

/**
 * The agent's wiring, built from fakes: an activity source, a break log in memory, windows and an
 * output that record what reaches them, and the loop run on the test's thread with a fake ticker
 * and a hand-set wall clock. No desktop, no thread, no sleep.
 */
class AgentWiringTest {

    private final List<String> happened = new ArrayList<>();
    private final FakeTicker ticker = new FakeTicker(1_000_000_000_000L);
    private final MutableClock wall = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
    private final ActivityRecorder recorder = new ActivityRecorder(ticker, wall::millis);
    private final ObservationInbox inbox = new ObservationInbox(ticker);
    private final SettingsStore store = new SettingsStore(new MemoryPreferences(), new MemoryPreferences(), note -> { });
    private final List<LoggedEvent> logged = new ArrayList<>();
    private final List<EventType> printed = new ArrayList<>();
    private final List<EventType> shown = new ArrayList<>();
    private final List<String> routinesShown = new ArrayList<>();
    private boolean outputClosed;
    private int statusChanges;
    private Supplier<AgentStatus> windowsStatus;
    private AgentLoop loop;

    @Test
    void each_event_reaches_standard_output_the_break_log_and_the_windows() {
        agent(true);

        sitUntilPrompted();

        assertThat(printed).containsExactly(EventType.SITTING_STARTED, EventType.BREAK_DUE, EventType.PROMPT_SHOWN);
        assertThat(logged).extracting(LoggedEvent::type).isEqualTo(printed);
        assertThat(shown).isEqualTo(printed);
        assertThat(statusChanges).as("the tray was told of the new state").isPositive();
        assertThat(windowsStatus.get()).as("the windows read the loop's status").isSameAs(loop.status());
    }

    @Test
    void an_output_that_cannot_be_written_stops_the_printing_alone() {
        outputClosed = true;
        agent(true);

        sitUntilPrompted();

        assertThat(printed).isEmpty();
        assertThat(logged).extracting(LoggedEvent::type)
                .containsExactly(EventType.SITTING_STARTED, EventType.BREAK_DUE, EventType.PROMPT_SHOWN);
        assertThat(shown).containsExactly(EventType.SITTING_STARTED, EventType.BREAK_DUE, EventType.PROMPT_SHOWN);
    }

    @Test
    void a_routine_done_in_the_window_is_logged_with_the_steps_done() {
        inRoutineFor(Duration.ofMinutes(5));

        answer(Observation.DONE, new RoutineProgress(6, 6));

        LoggedEvent done = last(EventType.BREAK_DONE);
        assertThat(done.progress()).isEqualTo(new RoutineProgress(6, 6));
        assertThat(done.routineId()).isEqualTo("mid-back-reset");
        assertThat(last(EventType.ROUTINE_STARTED).progress()).isNull();
    }

    @Test
    void a_routine_skipped_in_the_window_is_logged_as_partial_with_the_steps_done() {
        inRoutineFor(Duration.ofMinutes(2));

        answer(Observation.SKIP, new RoutineProgress(2, 6));

        assertThat(last(EventType.BREAK_PARTIAL).progress()).isEqualTo(new RoutineProgress(2, 6));
    }

    @Test
    void an_answer_without_a_routine_window_logs_no_progress() {
        Agent agent = agent(false);
        sitUntilPrompted();
        agent.answer(Observation.START);
        loop.wake();
        pass(Duration.ofMinutes(5));

        agent.answer(Observation.DONE);
        loop.wake();

        assertThat(last(EventType.BREAK_DONE).progress()).isNull();
    }

    @Test
    void progress_sent_with_an_earlier_answer_is_not_kept_for_a_later_routine() {
        agent(true);
        sitUntilPrompted();
        answer(Observation.START, null);
        answer(Observation.SKIP, new RoutineProgress(1, 6));
        sitUntilPrompted();
        answer(Observation.START, null);

        answer(Observation.DONE, null);

        assertThat(last(EventType.BREAK_DONE).progress()).isNull();
    }

    @Test
    void changed_settings_reach_the_routine_the_windows_and_the_login_entry() {
        agent(true);
        assertThat(routinesShown).containsExactly("mid-back-reset");

        store.set("routine.id", "quick-reset");
        loop.wake();

        assertThat(routinesShown).containsExactly("mid-back-reset", "quick-reset");
        assertThat(happened).containsSubsequence("start at login applied", "start at login applied");
        sitUntilPrompted();
        answer(Observation.START, null);
        answer(Observation.DONE, new RoutineProgress(4, 4));
        assertThat(last(EventType.BREAK_DONE).routineId()).isEqualTo("quick-reset");
    }

    @Test
    void a_routine_that_ends_is_logged_as_the_one_that_started_though_the_settings_changed_meanwhile() {
        agent(true);
        sitUntilPrompted();
        answer(Observation.START, null);
        store.set("routine.id", "quick-reset");
        loop.wake();
        answer(Observation.DONE, new RoutineProgress(6, 6));

        assertThat(last(EventType.ROUTINE_STARTED).routineId()).isEqualTo("mid-back-reset");
        assertThat(last(EventType.BREAK_DONE).routineId()).isEqualTo("mid-back-reset");
        sitUntilPrompted();
        answer(Observation.START, null);
        answer(Observation.DONE, new RoutineProgress(4, 4));
        assertThat(last(EventType.BREAK_DONE).routineId()).as("the next one").isEqualTo("quick-reset");
    }

    @Test
    void the_stop_closes_the_session_then_flushes_the_output_then_closes_the_log_the_sources_and_the_lock() {
        Agent agent = agent(false);
        recorder.record(ActivityKind.KEY);
        loop.wake();
        happened.clear();

        agent.stop();

        assertThat(happened).containsExactly("printed sitting_ended", "output flushed", "logged sitting_ended",
                "loop stopped", "output flushed", "break log closed", "source closed", "presence closed",
                "lock released");
    }

    private Agent agent(boolean withWindows) {
        LiveSettings live = new LiveSettings(store, settings -> settings, ZoneOffset.UTC);
        Agent agent = new Agent(new Agent.Parts(recorder,
                new ActivitySetup.Started(new FakeSource(), AskedActivity.NONE, "a fake source"),
                PresenceReadings.nothingAsked(() -> happened.add("presence closed")),
                inbox, new AgentClock(ticker, wall, 1),
                ZoneOffset.UTC, live, new RecordingLog(), new EventOutput(this::print, () -> happened.add("output flushed")),
                values -> RoutineChoice.plan(null, null, values), values -> happened.add("start at login applied"),
                withWindows ? Optional.of(this::windows) : Optional.empty(), this::runner,
                () -> happened.add("lock released")));
        agent.start();
        return agent;
    }

    /** Types every minute, waking the loop each time, until the prompt shows. */
    private void sitUntilPrompted() {
        long before = count(EventType.PROMPT_SHOWN);
        for (int minute = 0; minute < 120 && count(EventType.PROMPT_SHOWN) == before; minute++) {
            recorder.record(ActivityKind.KEY);
            loop.wake();
            pass(Duration.ofMinutes(1));
        }
        assertThat(count(EventType.PROMPT_SHOWN)).as("prompted").isEqualTo(before + 1);
    }

    /** An agent with windows whose routine, started from the prompt, has run for {@code duration}. */
    private void inRoutineFor(Duration duration) {
        agent(true);
        sitUntilPrompted();
        answer(Observation.START, null);
        pass(duration);
    }

    private void answer(Observation answer, RoutineProgress progress) {
        inbox.post(answer, progress);
        loop.wake();
    }

    private void pass(Duration duration) {
        ticker.advance(duration.toNanos());
        wall.advance(duration);
    }

    private long count(EventType type) {
        return logged.stream().filter(event -> event.type() == type).count();
    }

    private LoggedEvent last(EventType type) {
        return logged.stream().filter(event -> event.type() == type).reduce((first, second) -> second).orElseThrow();
    }

    private void print(SittingEvent event) {
        if (outputClosed) {
            throw new UncheckedIOException(new java.io.IOException("Broken pipe"));
        }
        printed.add(event.type());
        happened.add("printed " + event.type().wireName());
    }

    private Windows windows(Supplier<AgentStatus> status, RoutineChoice.Plan routine) {
        windowsStatus = status;
        routinesShown.add(routine.routine().id());
        return new Windows() {
            @Override
            public void accept(SittingEvent event) {
                shown.add(event.type());
            }

            @Override
            public void start() {
            }

            @Override
            public void statusChanged() {
                statusChanges++;
            }

            @Override
            public void settingsChanged(SittingSettings model, Map<Setting, Resolved> values,
                                        RoutineChoice.Plan next) {
                routinesShown.add(next.routine().id());
            }
        };
    }

    private LoopRunner runner(AgentLoop built) {
        loop = built;
        return new LoopRunner() {
            @Override
            public void start() {
            }

            @Override
            public void stopAndWait() {
                built.stop();
                happened.add("loop stopped");
            }
        };
    }

    private final class RecordingLog implements BreakLog {
        @Override
        public void record(LoggedEvent event) {
            logged.add(event);
            happened.add("logged " + event.type().wireName());
        }

        @Override
        public EventsRead read(Instant from, Instant to) {
            return EventsRead.of(logged);
        }

        @Override
        public void close() {
            happened.add("break log closed");
        }
    }

    private final class FakeSource implements ActivitySource {
        @Override
        public void start(ActivityRecorder into) {
        }

        @Override
        public String description() {
            return "a test's activity";
        }

        @Override
        public boolean seesKeyboard() {
            return true;
        }

        @Override
        public void close() {
            happened.add("source closed");
        }
    }
}
