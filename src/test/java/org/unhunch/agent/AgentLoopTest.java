package org.unhunch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.prefs.Preferences;
import java.time.ZoneOffset;
import org.unhunch.settings.WorkingHours;
import java.util.Set;
import org.unhunch.presence.PresenceReadings;
import org.unhunch.presence.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.unhunch.testing.LogCapture;
import org.unhunch.activity.ActivityKind;
import org.unhunch.activity.ActivityRecorder;
import org.unhunch.activity.FakeTicker;
import org.unhunch.settings.ModelSettingsBuilder;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import org.unhunch.sitting.BreakFlow;
import org.unhunch.sitting.EventText;
import org.unhunch.sitting.Observation;
import org.unhunch.sitting.SittingSettings;
import org.unhunch.testing.MutableClock;

/** The live loop with a fake ticker, a hand-set wall clock and a fake source: no thread, no sleep. */
class AgentLoopTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long ORIGIN = 1_000 * SECOND;
    /** How late a wake-up may come on a busy machine, in seconds. */
    private static final double LATE = 30;

    private final FakeTicker ticker = new FakeTicker(ORIGIN);
    private final MutableClock wall = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
    @RegisterExtension
    final LogCapture longHold = new LogCapture(LongHold.class);
    private final ActivityRecorder recorder = new ActivityRecorder(ticker, wall::millis);
    private final ObservationInbox inbox = new ObservationInbox(ticker);
    private final List<String> events = new ArrayList<>();
    private final AtomicInteger wakeUpsAsked = new AtomicInteger();
    private AgentLoop loop;
    private long seconds;
    private double nextWake;

    private AgentLoop loop(SittingSettings settings, long timeScale) {
        return loop(() -> AgentSettings.always(settings), timeScale);
    }

    private AgentLoop loop(Supplier<AgentSettings> settings, long timeScale) {
        loop = new AgentLoop(settings, recorder, inbox, new AgentClock(ticker, wall, timeScale),
                (event, progress) -> events.add(EventText.describe(event)));
        loop.wakeUpWith(() -> {
            wakeUpsAsked.incrementAndGet();
            nextWake = seconds / (double) SECOND;
        });
        return loop;
    }

    private AgentLoop loop() {
        return loop(SittingSettings.DEFAULTS, 1);
    }

    /** Moves both clocks to {@code at} seconds after the start. */
    private void at(double at) {
        long target = (long) (at * SECOND);
        wall.advance(Duration.ofNanos(target - seconds));
        seconds = target;
        ticker.set(ORIGIN + target);
    }

    private void key(double at) {
        at(at);
        recorder.record(ActivityKind.KEY);
    }

    /** Plays the loop's thread up to {@code at}: every wake-up it scheduled or was asked for, in order. */
    private void runTo(double at) {
        while (nextWake <= at) {
            double wake = nextWake;
            nextWake = wake + wakeAt(wake);
        }
        at(at);
    }

    /** A key press at {@code at}, with the loop having run up to then. */
    private void typeAt(double at) {
        runTo(at);
        recorder.record(ActivityKind.KEY);
    }

    /** Wakes the loop at {@code at} and returns how long it asks to sleep, in seconds. */
    private double wakeAt(double at) {
        at(at);
        return loop.wake() / (double) SECOND;
    }

    @Test
    void with_nothing_to_do_it_sleeps_the_longest_allowed_sleep() {
        loop();
        assertThat(wakeAt(0)).isEqualTo(AgentLoop.MAX_SLEEP.toSeconds());
        assertThat(events).isEmpty();
    }

    @Test
    void activity_while_away_wakes_the_loop_and_starts_a_session_at_its_own_time() {
        loop(new ModelSettingsBuilder().set("break.gap", "3m").build(), 1);
        wakeAt(0);
        key(12.5);
        assertThat(wakeUpsAsked).hasValue(1);
        assertThat(wakeAt(12.6)).as("sleep until idle: last activity + break.gap").isEqualTo(12.5 + 180 - 12.6);
        assertThat(events).containsExactly("12.5 sitting_started away=none");
    }

    @Test
    void activity_while_sitting_does_not_wake_the_loop() {
        loop();
        key(1);
        wakeAt(1);
        key(2);
        key(3);
        assertThat(wakeUpsAsked).hasValue(1);
    }

    @Test
    void it_sleeps_from_deadline_to_deadline_and_ends_the_session_exactly_at_the_last_activity() {
        loop(new ModelSettingsBuilder().set("break.gap", "3m").build(), 1);
        key(0);
        double sleep = wakeAt(0);
        for (int t = 10; t <= 150; t += 10) {
            key(t);
        }
        assertThat(sleep).isEqualTo(180);
        sleep = wakeAt(180);
        assertThat(sleep).isEqualTo(150);
        assertThat(wakeAt(330)).isEqualTo(AgentLoop.MAX_SLEEP.toSeconds());
        assertThat(events).containsExactly(
                "0 sitting_started away=none",
                "330 sitting_ended ended_at=150 sitting=150 idle");
        assertThat(loop.wakeUps()).isEqualTo(3);
    }

    @Test
    void a_whole_day_of_typing_costs_a_few_hundred_wake_ups_not_thousands() {
        loop();
        double next = 0;
        double t = 0;
        for (; t < 8 * 3600; t += 2) {
            key(t);
            if (t >= next) {
                next = t + wakeAt(t);
                if (loop.flow() == BreakFlow.PROMPT) {
                    inbox.post(Observation.SKIP);
                    next = t + wakeAt(t);
                }
            }
        }
        assertThat(loop.wakeUps()).isLessThan(400);
        assertThat(events.stream().filter(event -> event.contains("prompt_shown"))).hasSizeGreaterThan(5);
    }

    @Test
    void answers_from_the_inbox_reach_the_model_at_the_time_they_were_posted() {
        loop(new ModelSettingsBuilder().set("sit.limit", "10m").build(), 1);
        for (int t = 0; t <= 540; t += 60) {
            typeAt(t);
        }
        runTo(605);
        int asked = wakeUpsAsked.get();
        inbox.post(Observation.SNOOZE);
        assertThat(wakeUpsAsked).as("posting wakes the loop").hasValue(asked + 1);
        runTo(606);
        assertThat(events).containsExactly(
                "0 sitting_started away=none",
                "600 break_due sitting=600",
                "600 prompt_shown sitting=600",
                "605 break_snoozed until=1205");
    }

    /**
     * A loop with a ten-minute sit limit, typed into every minute up to 540 s and run to 550 s.
     *
     * @return how many times it has said its status changed, counting on
     */
    private AtomicInteger typedForNineMinutesOfTen() {
        loop(new ModelSettingsBuilder().set("sit.limit", "10m").build(), 1);
        AtomicInteger statusChanges = new AtomicInteger();
        loop.onStatusChange(statusChanges::incrementAndGet);
        for (int t = 0; t <= 540; t += 60) {
            typeAt(t);
        }
        runTo(550);
        return statusChanges;
    }

    @Test
    void busy_and_free_posted_to_the_inbox_hold_the_prompt_and_the_status_says_so() {
        AtomicInteger statusChanges = typedForNineMinutesOfTen();
        inbox.post(Observation.BUSY);
        runTo(605);
        assertThat(loop.status().held()).isTrue();
        assertThat(loop.status().flow()).isEqualTo(BreakFlow.PENDING);
        int changesWhileHeld = statusChanges.get();
        runTo(610);
        inbox.post(Observation.FREE);
        runTo(611);
        assertThat(loop.status().held()).isFalse();
        assertThat(statusChanges.get()).isGreaterThan(changesWhileHeld);
        assertThat(events).containsExactly(
                "0 sitting_started away=none",
                "600 break_due sitting=600",
                "600 prompt_held sitting=600",
                "610 prompt_shown sitting=610");
    }

    @Test
    void lock_and_unlock_posted_to_the_inbox_change_the_status_at_once_and_the_prompt_waits_for_the_unlock() {
        AtomicInteger statusChanges = typedForNineMinutesOfTen();
        int before = statusChanges.get();
        inbox.post(Observation.LOCK);
        runTo(551);
        assertThat(loop.status().locked()).isTrue();
        assertThat(statusChanges.get()).as("the windows are told of the lock").isGreaterThan(before);
        runTo(700);
        before = statusChanges.get();
        inbox.post(Observation.UNLOCK);
        runTo(701);
        assertThat(loop.status().locked()).isFalse();
        assertThat(statusChanges.get()).isGreaterThan(before);
        assertThat(events).containsExactly(
                "0 sitting_started away=none",
                "600 break_due sitting=600",
                "700 prompt_shown sitting=700");
    }

    @Test
    void engaged_posted_to_the_inbox_keeps_a_quiet_session_going_past_break_gap() {
        loop(new ModelSettingsBuilder().set("sit.limit", "3h").set("engaged.limit", "1h").build(), 1);
        typeAt(0);
        runTo(10);
        inbox.post(Observation.ENGAGED);
        runTo(3000);
        assertThat(loop.flow()).isEqualTo(BreakFlow.SITTING);
        inbox.post(Observation.DISENGAGED);
        runTo(3400);
        assertThat(events).containsExactly(
                "0 sitting_started away=none",
                "3300 sitting_ended ended_at=3000 sitting=3000 idle");
    }

    /**
     * A platform fact that must be asked for, as the loop sees it: it posts {@code on}/{@code off}
     * to the inbox when a read finds it changed, like the real combiners, and counts the reads.
     */
    private final class AskedFact implements PresenceReadings {

        private final Observation on;
        private final Observation off;
        private final Signal signal;
        boolean says;
        private boolean told;
        int reads;

        AskedFact(Observation on, Observation off, Signal signal) {
            this.on = on;
            this.off = off;
            this.signal = signal;
        }

        @Override
        public void readNow() {
            reads++;
            if (says != told) {
                told = says;
                inbox.post(says ? on : off);
            }
        }

        @Override
        public void readThoseOn() {
            if (told) {
                readNow();
            }
        }

        @Override
        public boolean readAgainSoon() {
            return told;
        }

        @Override
        public Set<Signal> busyBecause() {
            return told ? Set.of(signal) : Set.of();
        }

        @Override
        public void close() {
        }
    }

    /** A loop with a three-minute break gap, typed into at 0 s and run to 60 s, where a call starts. */
    private AskedFact inACallSinceOneMinute() {
        loop(new ModelSettingsBuilder().set("break.gap", "3m").set("sit.limit", "3h").build(), 1);
        AskedFact call = new AskedFact(Observation.ENGAGED, Observation.DISENGAGED, Signal.CALL);
        loop.readPresenceWith(call);
        typeAt(0);
        runTo(60);
        call.says = true;
        return call;
    }

    @Test
    void a_late_wake_up_reads_the_call_before_feeding_activity_that_came_after_the_idle_deadline() {
        AskedFact call = inACallSinceOneMinute();
        key(200);
        wakeAt(210);
        assertThat(call.reads).as("read once, at the late wake-up").isEqualTo(1);
        assertThat(events).as("in a call since 60 s: the idle deadline at 180 s passed unseen must not end it")
                .containsExactly("0 sitting_started away=none");
    }

    @Test
    void a_late_wake_up_reads_full_screen_before_feeding_typing_that_came_after_the_due_time() {
        typedForNineMinutesOfTen();
        AskedFact fullScreen = new AskedFact(Observation.BUSY, Observation.FREE, Signal.PRESENTATION);
        loop.readPresenceWith(fullScreen);
        fullScreen.says = true;
        key(620);
        wakeAt(640);
        assertThat(loop.status().held()).isTrue();
        assertThat(events).as("full screen at the due time: held, never shown")
                .containsExactly("0 sitting_started away=none", "600 break_due sitting=600",
                        "600 prompt_held sitting=600");
    }

    @Test
    void a_call_found_at_the_idle_deadline_keeps_the_session_and_its_end_is_read_within_25_seconds() {
        AskedFact call = inACallSinceOneMinute();
        runTo(1000);
        assertThat(loop.flow()).as("a call under way at 180 s: not gone").isEqualTo(BreakFlow.SITTING);
        int readsDuringCall = call.reads;
        assertThat(readsDuringCall).as("read at 180 s, then every 25 s at most").isBetween(1 + 820 / 25, 2 + 820 / 25);
        call.says = false;
        runTo(1500);
        assertThat(events).as("the call's end, read at 1005 s (180 s + 33 × 25 s), counts as its last activity")
                .containsExactly("0 sitting_started away=none", "1185 sitting_ended ended_at=1005 sitting=1005 idle");
        int readsAfter = call.reads;
        runTo(5000);
        assertThat(call.reads).as("nothing on and no session: never read").isEqualTo(readsAfter);
    }

    @Test
    void do_not_disturb_on_while_nothing_is_held_and_nobody_is_engaged_is_not_read_on_a_timer() {
        loop(new ModelSettingsBuilder().set("break.gap", "3m").set("sit.limit", "3h").build(), 1);
        AskedFact doNotDisturb = new AskedFact(Observation.BUSY, Observation.FREE, Signal.DO_NOT_DISTURB);
        loop.readPresenceWith(doNotDisturb);
        doNotDisturb.says = true;
        typeAt(0);
        runTo(3600);
        assertThat(doNotDisturb.reads).as("read at the idle deadline only: busy holds nothing while away")
                .isEqualTo(1);
    }

    @Test
    void a_prompt_held_for_an_hour_by_a_full_screen_window_is_said_once_with_the_switch_to_turn_off() {
        typedForNineMinutesOfTen();
        AskedFact fullScreen = new AskedFact(Observation.BUSY, Observation.FREE, Signal.PRESENTATION);
        loop.readPresenceWith(fullScreen);
        fullScreen.says = true;
        for (int t = 600; t <= 600 + 3590; t += 60) {
            typeAt(t);
        }
        assertThat(longHold.events()).isEmpty();
        for (int t = 600 + 3590; t <= 600 + 7300; t += 60) {
            typeAt(t);
        }
        assertThat(longHold.events()).extracting(ILoggingEvent::getFormattedMessage).singleElement().isEqualTo(
                "The prompt of a break due 60 min ago is still held (a window is full screen); if that is not so,"
                        + " switch presence.fullscreen off (from the next start)");
        assertThat(loop.status().held()).as("still held: the contract's hold is kept").isTrue();
    }

    @Test
    void a_call_started_while_the_prompt_is_open_closes_it_within_25_seconds() {
        loop(new ModelSettingsBuilder().set("sit.limit", "10m").set("prompt.timeout", "5m").build(), 1);
        AskedFact call = new AskedFact(Observation.BUSY, Observation.FREE, Signal.CALL);
        loop.readPresenceWith(call);
        for (int t = 0; t <= 540; t += 60) {
            typeAt(t);
        }
        runTo(610);
        assertThat(loop.flow()).isEqualTo(BreakFlow.PROMPT);
        call.says = true;
        runTo(640);
        assertThat(events).containsExactly(
                "0 sitting_started away=none",
                "600 break_due sitting=600",
                "600 prompt_shown sitting=600",
                "625 prompt_held sitting=625");
    }

    @Test
    void typing_without_a_decision_due_reads_nothing() {
        loop(new ModelSettingsBuilder().set("break.gap", "3m").set("sit.limit", "3h").build(), 1);
        AskedFact call = new AskedFact(Observation.ENGAGED, Observation.DISENGAGED, Signal.CALL);
        loop.readPresenceWith(call);
        for (int t = 0; t <= 3600; t += 60) {
            typeAt(t);
        }
        assertThat(call.reads).isZero();
    }

    @Test
    void a_full_screen_window_found_at_the_due_time_holds_the_prompt_until_a_read_finds_it_gone() {
        AtomicInteger statusChanges = typedForNineMinutesOfTen();
        AskedFact fullScreen = new AskedFact(Observation.BUSY, Observation.FREE, Signal.PRESENTATION);
        loop.readPresenceWith(fullScreen);
        fullScreen.says = true;
        runTo(605);
        assertThat(loop.status().held()).isTrue();
        assertThat(loop.status().heldFor()).containsExactly(Signal.PRESENTATION);
        int changesWhileHeld = statusChanges.get();
        runTo(700);
        fullScreen.says = false;
        runTo(730);
        assertThat(loop.status().held()).isFalse();
        assertThat(loop.status().heldFor()).isEmpty();
        assertThat(statusChanges.get()).isGreaterThan(changesWhileHeld);
        assertThat(events).containsExactly(
                "0 sitting_started away=none",
                "600 break_due sitting=600",
                "600 prompt_held sitting=600",
                "725 prompt_shown sitting=725");
    }

    @Test
    void a_machine_asleep_for_two_hours_is_time_away() {
        loop();
        key(0);
        wakeAt(0);
        key(100);
        ticker.advance(20 * SECOND);
        wall.advance(Duration.ofHours(2).plusSeconds(20));
        seconds += Duration.ofHours(2).plusSeconds(20).toNanos();
        loop.wake();
        assertThat(events).containsExactly(
                "0 sitting_started away=none",
                "400 sitting_ended ended_at=100 sitting=100 idle");
    }

    @Test
    void coming_back_after_the_machine_slept_starts_the_session_when_the_person_returned() {
        loop();
        wakeAt(0);
        ticker.advance(400 * SECOND);
        wall.advance(Duration.ofSeconds(400).plusHours(1));
        seconds += Duration.ofSeconds(400).plusHours(1).toNanos();
        ticker.advance(10 * SECOND);
        wall.advance(Duration.ofSeconds(10));
        seconds += 10 * SECOND;
        recorder.record(ActivityKind.KEY);
        ticker.advance(5 * SECOND);
        wall.advance(Duration.ofSeconds(5));
        seconds += 5 * SECOND;
        loop.wake();
        assertThat(events).containsExactly("4010 sitting_started away=none");
    }

    @Test
    void the_wall_clock_changing_under_a_session_neither_ends_nor_lengthens_it() {
        loop();
        key(0);
        wakeAt(0);
        key(200);
        wall.advance(Duration.ofHours(-1));
        wakeAt(300);
        key(350);
        wakeAt(400);
        loop.stop();
        assertThat(events).containsExactly(
                "0 sitting_started away=none",
                "400 sitting_ended ended_at=350 sitting=350 end");
    }

    @Test
    void with_a_time_scale_ten_minutes_of_model_time_pass_in_ten_seconds() {
        loop(new ModelSettingsBuilder().set("sit.limit", "10m").build(), 60);
        typeAt(0);
        runTo(0);
        assertThat(nextWake).as("idle deadline: 300 model seconds, 5 real seconds").isEqualTo(5);
        for (double t = 1; t <= 9.5; t += 0.5) {
            typeAt(t);
        }
        runTo(10.01);
        assertThat(events).containsExactly(
                "0 sitting_started away=none",
                "600 break_due sitting=600",
                "600 prompt_shown sitting=600");
        assertThat(loop.wakeUps()).isLessThan(10);
    }

    @Test
    void typing_across_many_windows_keeps_one_session_while_no_gap_reaches_break_gap() {
        loop();
        for (int t = 0; t <= 3000; t += 299) {
            typeAt(t);
        }
        runTo(2990 + 299);
        loop.stop();
        assertThat(events).containsExactly(
                "0 sitting_started away=none",
                "2700 break_due sitting=2700",
                "2700 prompt_shown sitting=2700",
                "2820 break_ignored",
                "3289 sitting_ended ended_at=2990 sitting=2990 end");
    }

    @Test
    void stopping_closes_the_open_session_at_its_last_activity() {
        loop();
        key(0);
        wakeAt(0);
        key(42);
        at(60);
        loop.stop();
        assertThat(events).containsExactly(
                "0 sitting_started away=none",
                "60 sitting_ended ended_at=42 sitting=42 end");
    }

    @Test
    void a_changed_setting_reaches_the_model_at_the_next_wake_up() {
        AtomicReference<AgentSettings> settings = new AtomicReference<>(AgentSettings.always(SittingSettings.DEFAULTS));
        loop(settings::get, 1);
        for (int t = 0; t <= 240; t += 60) {
            typeAt(t);
        }
        settings.set(AgentSettings.always(new ModelSettingsBuilder().set("sit.limit", "10m").build()));
        loop.wakeSoon();
        for (int t = 300; t <= 660; t += 60) {
            typeAt(t);
        }
        runTo(661);
        assertThat(events).containsExactly(
                "0 sitting_started away=none",
                "600 break_due sitting=600",
                "600 prompt_shown sitting=600");
    }

    @Test
    void a_policy_pushed_right_after_a_wake_up_reaches_the_model_within_five_minutes_though_wake_ups_come_late()
            throws Exception {
        Preferences user = Preferences.userRoot().node("test-" + UUID.randomUUID());
        Preferences system = Preferences.systemRoot().node("test-" + UUID.randomUUID());
        try {
            LiveSettings live = new LiveSettings(new SettingsStore(user, system, message -> { }),
                    UnaryOperator.identity(), ZoneOffset.UTC);
            List<String> told = new ArrayList<>();
            live.onChange(values -> told.add(values.get(Setting.SIT_LIMIT).value()));
            loop(live, 1);
            for (int t = 0; t <= 1800; t += 30) {
                typeAt(t);
            }
            double pushedAt = nextWake;
            key(pushedAt);
            runTo(pushedAt);
            assertThat(nextWake - pushedAt).as("the loop's longest sleep, as the person types").isEqualTo(
                    AgentLoop.MAX_SLEEP.toSeconds());
            nextWake += LATE;
            Preferences locked = system.node(SettingsStore.LOCKED_NODE);
            locked.put("sit.limit", "20m");
            locked.flush();

            double promised = pushedAt + 300;
            for (double t = pushedAt; t <= promised; t += 30) {
                runLateTo(t);
                recorder.record(ActivityKind.KEY);
            }
            runLateTo(promised);

            assertThat(events).as("the locked 20m limit, after %s s of sitting", pushedAt)
                    .anyMatch(event -> event.contains("break_due"));
            assertThat(told).as("the windows told").containsExactly("20m");
        } finally {
            user.removeNode();
            system.removeNode();
        }
    }

    /** As {@link #runTo}, each wake-up coming {@link #LATE} seconds after the time the loop asked for. */
    private void runLateTo(double at) {
        while (nextWake <= at) {
            double wake = nextWake;
            nextWake = wake + wakeAt(wake) + LATE;
        }
        at(at);
    }

    /** Working hours 09:00-17:00 UTC every day; the test's wall clock starts at 08:00 UTC. */
    private static AgentSettings nineToFive(String sitLimit) {
        return new AgentSettings(new ModelSettingsBuilder().set("sit.limit", sitLimit).build(),
                WorkingHours.of("mon,tue,wed,thu,fri,sat,sun", "09:00", "17:00"), ZoneOffset.UTC);
    }

    @Test
    void outside_working_hours_no_prompt_is_shown_and_the_loop_wakes_when_they_begin() {
        loop(() -> nineToFive("10m"), 1);
        assertThat(wakeAt(0)).as("at most MAX_SLEEP").isEqualTo(AgentLoop.MAX_SLEEP.toSeconds());
        for (int t = 0; t <= 3540; t += 60) {
            typeAt(t);
        }
        runTo(3540);
        assertThat(nextWake).as("wakes at 09:00 exactly").isEqualTo(3600);
        for (int t = 3600; t <= 3660; t += 30) {
            typeAt(t);
        }
        runTo(3661);
        assertThat(events).containsExactly(
                "0 sitting_started away=none",
                "3600 break_due sitting=3600",
                "3600 prompt_shown sitting=3600");
    }

    @Test
    void the_persons_pause_and_the_end_of_working_hours_overlap_without_ending_each_other() {
        wall.advance(Duration.ofHours(8).plusMinutes(50));
        loop(() -> nineToFive("10m"), 1);
        typeAt(0);
        inbox.post(Observation.PAUSE);
        for (int t = 60; t <= 900; t += 60) {
            typeAt(t);
        }
        runTo(900);
        inbox.post(Observation.RESUME);
        for (int t = 960; t <= 1200; t += 60) {
            typeAt(t);
        }
        runTo(1200);
        assertThat(events).as("paused at 16:50, resumed at 17:05 after working hours ended: still paused").containsExactly(
                "0 sitting_started away=none");
    }
}
