package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unhunch.agent.AgentClock;
import org.unhunch.agent.AgentLoop;
import org.unhunch.agent.AgentSettings;
import org.unhunch.agent.ObservationInbox;
import org.unhunch.settings.ModelSettingsBuilder;
import org.unhunch.sitting.EventText;
import org.unhunch.sitting.SittingSettings;
import org.unhunch.testing.LogCapture;
import org.unhunch.testing.MutableClock;

/** Review of issue 12: the idle-time loop against unlucky platforms. Harness as in IdleTimeLoopTest. */
@Timeout(60)
class IdleTimeReviewTest {

    private static final long SECOND = 1_000_000_000L;
    private static final double NEVER = Double.MAX_VALUE;

    private final FakeTicker ticker = new FakeTicker(5_000 * SECOND);
    private final MutableClock wall = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"));
    private final ActivityRecorder recorder = new ActivityRecorder(ticker, wall::millis);
    private final ObservationInbox inbox = new ObservationInbox(ticker);
    private final ManualSampler sampler = new ManualSampler();
    private final List<String> events = new ArrayList<>();
    @RegisterExtension
    final LogCapture log = new LogCapture(IdleTimeSource.class);
    private FakeIdleClock platform;
    private AgentLoop loop;
    private double now;
    private double nextWake;
    private double nextSample = NEVER;
    private int samplingScheduled;
    private long totalWakes;

    private void start(boolean watches, LongUnaryOperator answer) throws ActivitySourceUnavailableException {
        start(watches, answer, new ModelSettingsBuilder().set("sit.limit", "10m").set("break.gap", "3m").build());
    }

    /** @param answer what the platform answers, given the true idle milliseconds */
    private void start(boolean watches, LongUnaryOperator answer, SittingSettings settings)
            throws ActivitySourceUnavailableException {
        platform = new FakeIdleClock(ticker, watches);
        IdleTimeReader reader = new IdleTimeReader() {
            @Override
            public long idleMillis() throws IdleTimeUnreadableException {
                return answer.applyAsLong(platform.idleMillis());
            }

            @Override
            public String description() {
                return platform.description();
            }

            @Override
            public boolean watchForReturn(Runnable onReturn) {
                return platform.watchForReturn(onReturn);
            }

            @Override
            public void endReturnWatch() {
                platform.endReturnWatch();
            }

            @Override
            public boolean watchForQuiet(Duration quiet, Runnable onQuiet) {
                return platform.watchForQuiet(quiet, onQuiet);
            }

            @Override
            public void endQuietWatch() {
                platform.endQuietWatch();
            }
        };
        IdleTimeSource source = new IdleTimeSource(reader, sampler, IdleTimeSource.SAMPLE_WHILE_AWAY);
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

    private void runTo(double at) {
        int wakesWithoutTimePassing = 0;
        double lastWakeAt = -1;
        for (scheduleSample(); Math.min(nextWake, nextSample) <= at; scheduleSample()) {
            if (nextWake <= nextSample) {
                moveTo(nextWake);
                nextWake = NEVER;
                wakesWithoutTimePassing = now == lastWakeAt ? wakesWithoutTimePassing + 1 : 0;
                lastWakeAt = now;
                if (wakesWithoutTimePassing > 1000) {
                    throw new AssertionError("the loop spins: 1000 wake-ups at " + now + " s with no time passing;"
                            + " flow " + loop.flow() + ", events " + events);
                }
                long sleepNanos = loop.wake();
                if (++totalWakes > 100_000) {
                    throw new AssertionError("the loop spins: 100,000 wake-ups by " + now + " s; last sleep "
                            + sleepNanos + " ns; flow " + loop.flow() + "; events " + events);
                }
                double sleep = sleepNanos / (double) SECOND;
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

    private void inputAt(double at) {
        runTo(at);
        platform.input();
    }

    private void typing(double from, double to) {
        for (double t = from; t <= to; t++) {
            inputAt(t);
        }
    }

    /**
     * GetSessionIdleTime is answered in seconds by Unity/Lomiri's and Razor-qt's screen savers (the
     * freedesktop draft says seconds; KDE answers milliseconds), and read as milliseconds here.
     */
    @Test
    void a_count_in_seconds_read_as_milliseconds_starts_no_session_while_nobody_is_there() throws Exception {
        start(false, idle -> idle / 1000);
        runTo(1800);

        assertThat(events).as("nobody touched the machine for half an hour").isEmpty();
    }

    /** A stub screen saver (Hawaii's, for one) answers GetSessionIdleTime with 0, always. */
    @Test
    void a_count_stuck_at_zero_starts_no_session_while_nobody_is_there() throws Exception {
        start(false, idle -> 0);
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
        start(true, idle -> idle);
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
        start(true, idle -> idle);
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
        start(true, idle -> idle);
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
