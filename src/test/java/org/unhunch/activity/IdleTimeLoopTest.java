package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unhunch.agent.AgentClock;
import org.unhunch.agent.AgentLoop;
import org.unhunch.agent.AgentSettings;
import org.unhunch.agent.ObservationInbox;
import org.unhunch.settings.ModelSettingsBuilder;
import org.unhunch.sitting.BreakFlow;
import org.unhunch.sitting.EventText;
import org.unhunch.sitting.Observation;
import org.unhunch.sitting.SittingSettings;
import org.unhunch.testing.LogCapture;
import org.unhunch.testing.MutableClock;

/**
 * The live loop seeing activity only through a platform's idle count: read at the loop's
 * wake-ups, sampled or watched while away. Fake ticker, fake idle clock, manual sampler: the test
 * plays every wake-up and sample in time order; nothing sleeps.
 */
class IdleTimeLoopTest {

    private static final long SECOND = 1_000_000_000L;
    private static final double NEVER = Double.MAX_VALUE;

    @RegisterExtension
    final LogCapture log = new LogCapture(IdleTimeSource.class);

    private final FakeTicker ticker = new FakeTicker(5_000 * SECOND);
    private final MutableClock wall = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"));
    private final ActivityRecorder recorder = new ActivityRecorder(ticker, wall::millis);
    private final ObservationInbox inbox = new ObservationInbox(ticker);
    private final ManualSampler sampler = new ManualSampler();
    private final List<String> events = new ArrayList<>();
    private FakeIdleClock platform;
    private IdleTimeSource source;
    private AgentLoop loop;
    private double now;
    private double nextWake;
    private double nextSample = NEVER;
    private int samplingScheduled;
    private int wakeUps;

    /** sit.limit 10m, break.gap 3m, the rest as by default. */
    private void start(boolean platformWatches) throws ActivitySourceUnavailableException {
        start(platformWatches, new ModelSettingsBuilder().set("sit.limit", "10m").set("break.gap", "3m").build());
    }

    private void start(boolean platformWatches, SittingSettings settings) throws ActivitySourceUnavailableException {
        platform = new FakeIdleClock(ticker, platformWatches);
        source = new IdleTimeSource(platform, sampler, IdleTimeSource.SAMPLE_WHILE_AWAY);
        source.start(recorder);
        loop = new AgentLoop(() -> AgentSettings.always(settings), recorder, inbox, new AgentClock(ticker, wall, 1),
                (event, progress) -> events.add(EventText.describe(event)));
        loop.readActivityWith(source);
        loop.wakeUpWith(() -> nextWake = Math.min(nextWake, now));
        nextWake = 0;
    }

    private void moveTo(double at) {
        wall.advance(Duration.ofNanos(Math.round((at - now) * SECOND)));
        ticker.advance(Math.round((at - now) * SECOND));
        now = at;
    }

    /** Plays the loop's wake-ups and the sampler's samples up to {@code at}, in time order. */
    private void runTo(double at) {
        for (scheduleSample(); Math.min(nextWake, nextSample) <= at; scheduleSample()) {
            if (nextWake <= nextSample) {
                moveTo(nextWake);
                nextWake = NEVER;
                wakeUps++;
                double sleep = loop.wake() / (double) SECOND;
                nextWake = Math.min(nextWake, now + sleep);
            } else {
                moveTo(nextSample);
                nextSample = NEVER;
                sampler.sample();
            }
        }
        moveTo(at);
    }

    /** Follows the sampler: a sampling started (or restarted) since the last look waits its interval from now. */
    private void scheduleSample() {
        if (!sampler.sampling()) {
            nextSample = NEVER;
        } else if (nextSample == NEVER || sampler.started() != samplingScheduled) {
            nextSample = now + sampler.interval().toNanos() / (double) SECOND;
            samplingScheduled = sampler.started();
        }
    }

    /** Input the platform sees at {@code at} (the loop and the sampler having run up to then). */
    private void inputAt(double at) {
        runTo(at);
        platform.input();
    }

    /** Input every second from {@code from} to {@code to}. */
    private void typing(double from, double to) {
        for (double t = from; t <= to; t++) {
            inputAt(t);
        }
    }

    @Test
    void input_up_to_the_start_starts_no_session_and_the_next_one_is_found_by_a_sample_at_its_time()
            throws Exception {
        start(false);
        runTo(30);
        assertThat(events).isEmpty();
        assertThat(sampler.sampling()).as("away: the idle time is sampled").isTrue();
        assertThat(sampler.interval()).isEqualTo(Duration.ofSeconds(2));

        inputAt(40.25);
        runTo(45);

        assertThat(events).containsExactly("40.25 sitting_started away=none");
        assertThat(sampler.sampling()).as("sitting: no samples").isFalse();
    }

    @Test
    void where_the_platform_tells_of_a_return_it_is_only_checked_and_the_session_starts_at_the_input()
            throws Exception {
        start(true);
        runTo(600);
        int readsWhileAway = platform.reads();

        inputAt(601.5);
        runTo(602);

        assertThat(sampler.sampling()).isFalse();
        assertThat(readsWhileAway).as("a read per wake-up (at most one each four minutes), the watch's checks (one"
                + " each 30 s) and two proving the count").isLessThanOrEqualTo(5 + 600 / 30 + 2);
        assertThat(events).containsExactly("601.5 sitting_started away=none");
        assertThat(platform.watchingForReturn()).isFalse();
    }

    @Test
    void typing_costs_a_read_per_idle_deadline_and_leaving_ends_the_session_at_the_last_input() throws Exception {
        start(true, new ModelSettingsBuilder().set("sit.limit", "1h").set("break.gap", "3m").build());
        typing(10, 1000);
        int readsWhileTyping = platform.reads();
        int wakeUpsWhileTyping = wakeUps;
        runTo(1500);

        assertThat(events).containsExactly(
                "10 sitting_started away=none",
                "1180 sitting_ended ended_at=1000 sitting=990 idle");
        assertThat(wakeUpsWhileTyping).as("990 s of typing: a wake-up each break.gap, not each input")
                .isLessThanOrEqualTo(8);
        assertThat(readsWhileTyping).as("one at each wake-up, one at the start, one proving the count, one at the"
                + " return").isEqualTo(wakeUpsWhileTyping + 3);
    }

    @Test
    void a_due_prompt_waits_for_a_pause_in_typing_reading_again_only_at_each_possible_pause() throws Exception {
        start(false);
        typing(1, 620);
        runTo(700);

        // The input at 1 is not read before the one at 2 (samples every 2 s from 0.25): the session starts at 2.
        assertThat(events).containsExactly(
                "2 sitting_started away=none",
                "602 break_due sitting=600",
                "623 prompt_shown sitting=621");
        assertThat(loop.flow()).isEqualTo(BreakFlow.PROMPT);
    }

    @Test
    void a_due_prompt_never_waits_longer_than_prompt_max_wait() throws Exception {
        start(false);
        typing(1, 700);

        assertThat(events).containsExactly(
                "2 sitting_started away=none",
                "602 break_due sitting=600",
                "662 prompt_shown sitting=660");
    }

    @Test
    void where_the_platform_tells_of_a_pause_the_loop_sleeps_until_it_instead_of_reading_every_few_seconds()
            throws Exception {
        start(true);
        typing(1, 601);
        runTo(601.5);
        int wakeUpsAtDue = wakeUps;
        assertThat(platform.watchedQuiet()).as("prompt.pause").isEqualTo(Duration.ofSeconds(3));
        typing(602, 620);
        runTo(623);
        assertThat(wakeUps).as("typing after the due time wakes nothing").isEqualTo(wakeUpsAtDue);

        platform.quietReached();
        runTo(623.5);

        assertThat(events).containsExactly(
                "1 sitting_started away=none",
                "601 break_due sitting=600",
                "623 prompt_shown sitting=622");
        assertThat(platform.watchedQuiet()).as("the watch ends with the wait").isNull();
    }

    @Test
    void without_the_pause_the_watched_prompt_still_comes_at_prompt_max_wait() throws Exception {
        start(true);
        typing(1, 700);

        assertThat(events).contains("661 prompt_shown sitting=660");
    }

    @Test
    @Timeout(30)
    void a_coarse_count_is_not_taken_for_input_while_nobody_is_there() throws Exception {
        start(false);
        platform.coarse(16);
        for (double t = 0.007; t < 600; t += 2.013) {
            runTo(t);
        }
        assertThat(events).isEmpty();

        inputAt(601.3);
        runTo(604);
        assertThat(events).hasSize(1).allMatch(event -> event.endsWith(" sitting_started away=none"));
    }

    @Test
    void a_machine_put_to_sleep_ends_the_session_at_the_last_input_and_the_key_that_wakes_it_starts_one()
            throws Exception {
        start(false);
        typing(10, 100);
        // Going to sleep is a lock (logind's PrepareForSleep): the loop wakes and reads the last input.
        runTo(100.5);
        inbox.post(Observation.LOCK);
        runTo(100.6);
        // Asleep: the wall clock runs on, the monotonic ticker (and the platform's count with it) stops.
        wall.advance(Duration.ofHours(1));
        inbox.post(Observation.UNLOCK);
        inputAt(101);
        runTo(104);

        assertThat(events).hasSize(3).startsWith(
                "10 sitting_started away=none",
                "280 sitting_ended ended_at=100 sitting=90 idle");
        assertThat(events.get(2)).as("at the key after the sleep, placed by the wall clock to the millisecond")
                .matches("3700\\.999999999 sitting_started away=3600\\.999999999|3701 sitting_started away=3601");
    }

    @Test
    void nothing_is_sampled_while_the_screen_is_locked() throws Exception {
        start(false);
        runTo(10);
        assertThat(sampler.sampling()).isTrue();

        inbox.post(Observation.LOCK);
        runTo(20);
        assertThat(sampler.sampling()).isFalse();

        inputAt(100);
        inbox.post(Observation.UNLOCK);
        runTo(101);
        inputAt(103);
        runTo(106);

        assertThat(events).as("typing the password at the lock screen starts nothing")
                .containsExactly("103 sitting_started away=none");
    }

    @Test
    void an_unreadable_idle_time_is_said_once_and_reading_goes_on_when_it_answers_again() throws Exception {
        start(false);
        platform.unreadable("the service went away");
        runTo(20);
        inputAt(21);
        runTo(30);
        platform.unreadable(null);
        runTo(32);

        assertThat(log.events()).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "a fake idle clock cannot be read (the service went away); input is not seen until it can be",
                "a fake idle clock can be read again",
                "a fake idle clock counts time; input is seen from now on");
        assertThat(events).as("the input is found at its time once the count can be read and is proven")
                .containsExactly("21 sitting_started away=none");
    }

    @Test
    void a_source_whose_first_reading_fails_cannot_start() {
        FakeIdleClock broken = new FakeIdleClock(ticker, false);
        broken.unreadable("no such method");

        assertThatThrownBy(() -> new IdleTimeSource(broken, sampler, IdleTimeSource.SAMPLE_WHILE_AWAY).start(recorder))
                .isInstanceOf(ActivitySourceUnavailableException.class)
                .hasMessage("a fake idle clock cannot be read: no such method");
    }

    @Test
    void closing_ends_the_watches_the_sampler_and_the_reader() throws Exception {
        start(false);
        runTo(5);
        source.close();

        assertThat(sampler.closed()).isTrue();
        assertThat(platform.closed()).isTrue();
        source.readNow();
        source.watchForReturn(true);
        assertThat(sampler.sampling()).isFalse();
    }

    // Found by a review of issue 12: platforms that count badly, forget or fail.

    /**
     * GetSessionIdleTime is answered in seconds by Unity/Lomiri's and Razor-qt's screen savers (the
     * freedesktop draft says seconds; KDE answers milliseconds), and read as milliseconds here.
     */
    @Test
    void a_count_in_seconds_read_as_milliseconds_starts_no_session_while_nobody_is_there() throws Exception {
        start(false);
        platform.answering(idle -> idle / 1000);
        runTo(1800);

        assertThat(events).as("nobody touched the machine for half an hour").isEmpty();
    }

    /** A stub screen saver (Hawaii's, for one) answers GetSessionIdleTime with 0, always. */
    @Test
    void a_count_stuck_at_zero_starts_no_session_while_nobody_is_there() throws Exception {
        start(false);
        platform.answering(idle -> 0);
        runTo(1800);

        assertThat(events).as("nobody touched the machine for half an hour").isEmpty();
        assertThat(log.events()).extracting(ILoggingEvent::getFormattedMessage).as("said once").containsExactly(
                "a fake idle clock has not been seen counting time (200 readings, the latest 0 ms); input is not"
                        + " counted until it is");
        assertThat(sampler.interval()).as("sampled no faster than while away").isEqualTo(Duration.ofSeconds(2));
    }

    /** GNOME's user-active watch fires; the GetIdletime that follows times out (1 s bound) once. */
    @Test
    void a_return_told_while_the_count_cannot_be_read_once_is_still_found_within_a_sample() throws Exception {
        start(true);
        runTo(600);
        platform.unreadable("org.gnome.Mutter.IdleMonitor did not answer GetIdletime within 1 s");
        inputAt(601.5);
        platform.unreadable(null);
        typing(602, 1000);

        assertThat(events).first().as("the session starts at the return, or within a sample of it")
                .matches(e -> e.endsWith("sitting_started away=none")
                        && Double.parseDouble(e.substring(0, e.indexOf(' '))) <= 604);
    }

    /** gnome-shell restarts (X11 Alt+F2 r, a crash): Mutter forgets the user-active watch it was given. */
    @Test
    void a_return_watch_the_platform_forgot_does_not_hide_the_return_for_minutes() throws Exception {
        start(true);
        runTo(600);
        platform.endReturnWatch();
        typing(601.5, 1000);

        double check = IdleTimeSource.CHECK_RETURN_WATCH.toSeconds();
        assertThat(events).first().as("the session starts by the watch's next check")
                .matches(e -> e.endsWith("sitting_started away=none")
                        && Double.parseDouble(e.substring(0, e.indexOf(' '))) <= 601.5 + check);
    }

    /**
     * A due prompt waits for a pause with GNOME's idle watch; the person stops typing at 605 and the
     * lid is closed at 606, before the watch's 3 s are up; an hour later they come back and type.
     * No typing happened between 605 and the suspend: the loop must make none up (it did, until
     * prompt.maxWait, taking the reading after the sleep for typing the pause watch vouched for).
     */
    @Test
    void a_suspend_while_a_due_prompt_waits_for_a_pause_makes_up_no_typing() throws Exception {
        start(true);
        typing(1, 605);
        runTo(606);
        wall.advance(Duration.ofHours(1)); // asleep: the ticker (CLOCK_MONOTONIC) and the X/Mutter count stop
        inputAt(607);
        runTo(700);

        // Readings give only the latest input: what came between the last wake-up (601) and the
        // sleep is not known without a lock to read it at, so the session may end as early as 600.
        assertThat(events).as("the last input before the sleep was at 605: none is made up after it")
                .anyMatch(e -> e.matches("\\d+ sitting_ended ended_at=60[0-5] .*"))
                .noneMatch(e -> e.matches("\\d+ sitting_ended ended_at=(60[6-9]|6[1-9]\\d|[7-9]\\d\\d|\\d{4,}) .*"));
    }
}
