package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unhunch.testing.MockBuses;
import org.unhunch.testing.SharedMockBuses;

/**
 * GNOME's idle monitor read through a mock {@code org.gnome.Mutter.IdleMonitor} on a private session
 * bus: the idle time, watches that fire by the mock's {@code WatchFired}, watches removed when they
 * end, a {@code WatchFired} from anyone but the monitor ignored, and a monitor that is not there, that
 * hangs or that answers nonsense.
 */
class MutterIdleMonitorIT {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    @RegisterExtension
    static final SharedMockBuses BUSES = new SharedMockBuses();

    private final AtomicInteger returns = new AtomicInteger();
    private final AtomicInteger pauses = new AtomicInteger();
    private MockBuses buses;
    private Map<String, String> env;
    private MutterIdleMonitor monitor;

    /** A monitor of its own for each test, with no watches and idle time 0. */
    @BeforeEach
    void freshMonitor() throws Exception {
        buses = BUSES.get();
        buses.send("idle-monitor present");
        env = buses.env(null);
    }

    @AfterEach
    void closeMonitor() {
        if (monitor != null) {
            monitor.close();
        }
    }

    @Test
    void the_idle_time_is_read_in_milliseconds() throws Exception {
        monitor = new MutterIdleMonitor(env);
        buses.send("idle-quiet 93500");

        assertThat(monitor.idleMillis()).isEqualTo(93_500);
        assertThat(monitor.description()).isEqualTo("GNOME's idle monitor (org.gnome.Mutter.IdleMonitor on the session bus)");
    }

    @Test
    void an_idle_watch_fires_each_time_the_idle_time_reaches_it() throws Exception {
        monitor = new MutterIdleMonitor(env);

        assertThat(monitor.watchForQuiet(Duration.ofSeconds(5), pauses::incrementAndGet)).isTrue();
        assertThat(buses.ask("idle-watches")).matches("\\d+:idle:5000");
        buses.send("idle-quiet 4999");
        buses.send("idle-quiet 5000");
        awaitCount(pauses, 1);
        inputThenPause(6000, 2);
        assertThat(returns).hasValue(0);
    }

    @Test
    void a_user_active_watch_fires_once() throws Exception {
        monitor = new MutterIdleMonitor(env);
        buses.send("idle-quiet 60000");

        assertThat(monitor.watchForReturn(returns::incrementAndGet)).isTrue();
        buses.send("idle-input");
        awaitCount(returns, 1);
        assertThat(buses.ask("idle-watches")).isEmpty();

        // Later input tells nothing: a pause watch fired after it shows that input was handled.
        monitor.watchForQuiet(Duration.ofSeconds(1), pauses::incrementAndGet);
        inputThenPause(1000, 1);
        assertThat(returns).hasValue(1);
    }

    @Test
    void ending_a_watch_removes_it_and_a_new_one_replaces_the_one_before() throws Exception {
        monitor = new MutterIdleMonitor(env);

        monitor.watchForQuiet(Duration.ofSeconds(5), pauses::incrementAndGet);
        monitor.watchForQuiet(Duration.ofSeconds(10), pauses::incrementAndGet);
        monitor.watchForReturn(returns::incrementAndGet);
        monitor.watchForReturn(returns::incrementAndGet);
        assertThat(buses.ask("idle-watches")).matches("\\d+:idle:10000 \\d+:active");

        monitor.endQuietWatch();
        assertThat(buses.ask("idle-watches")).matches("\\d+:active");
        monitor.endReturnWatch();
        assertThat(buses.ask("idle-watches")).isEmpty();
    }

    @Test
    void a_watch_fired_by_another_sender_than_the_monitor_is_ignored() throws Exception {
        monitor = new MutterIdleMonitor(env);
        monitor.watchForReturn(returns::incrementAndGet);
        monitor.watchForQuiet(Duration.ofSeconds(1), pauses::incrementAndGet);

        buses.send("idle-impostor");
        // Signals reach the monitor's one signal thread in the order they were sent: once the
        // monitor's own has been handled, the impostor's before it has been too.
        buses.send("idle-quiet 1000");
        awaitCount(pauses, 1);

        assertThat(returns).hasValue(0);
        assertThat(buses.ask("idle-watches")).as("the user-active watch is still kept").contains(":active");
    }

    @Test
    void a_closed_monitor_tells_nothing() throws Exception {
        MutterIdleMonitor closed = new MutterIdleMonitor(env);
        closed.watchForQuiet(Duration.ofSeconds(1), pauses::incrementAndGet);
        closed.close();
        closed.close();
        monitor = new MutterIdleMonitor(env);
        monitor.watchForReturn(returns::incrementAndGet);

        buses.send("idle-quiet 1000");
        buses.send("idle-input");
        awaitCount(returns, 1);

        assertThat(pauses).hasValue(0);
        assertThatThrownBy(closed::idleMillis).isInstanceOf(IdleTimeUnreadableException.class);
    }

    @Test
    void without_the_monitor_the_reader_is_unavailable_and_says_so() throws Exception {
        buses.send("idle-monitor absent");

        assertThatThrownBy(() -> new MutterIdleMonitor(env))
                .isInstanceOf(ActivitySourceUnavailableException.class)
                .hasMessageStartingWith("org.gnome.Mutter.IdleMonitor is not on the session bus")
                .hasMessageNotContaining(env.get("DBUS_SESSION_BUS_ADDRESS"));
    }

    @Test
    void a_monitor_that_hangs_fails_the_call_within_a_second_or_so() throws Exception {
        buses.send("idle-monitor hung");

        assertThatThrownBy(() -> new MutterIdleMonitor(env))
                .isInstanceOf(ActivitySourceUnavailableException.class)
                .hasMessage("org.gnome.Mutter.IdleMonitor did not answer GetIdletime within 1 s");
    }

    @Test
    void a_reply_that_is_not_a_number_is_unreadable_and_says_what_came() throws Exception {
        buses.send("idle-monitor hostile");

        assertThatThrownBy(() -> new MutterIdleMonitor(env))
                .isInstanceOf(ActivitySourceUnavailableException.class)
                .hasMessage("org.gnome.Mutter.IdleMonitor's GetIdletime sent (s), not one number (t)");
    }

    @Test
    void a_monitor_gone_after_the_start_makes_a_reading_fail() throws Exception {
        monitor = new MutterIdleMonitor(env);
        buses.send("idle-monitor absent");

        assertThatThrownBy(monitor::idleMillis)
                .isInstanceOf(IdleTimeUnreadableException.class)
                .hasMessageStartingWith("org.gnome.Mutter.IdleMonitor is not on the session bus");
        assertThat(monitor.watchForReturn(returns::incrementAndGet)).isFalse();
    }

    /** Input, then a pause of {@code millis}; waits until the pause watch has been told {@code pausesTold} times in all. */
    private void inputThenPause(long millis, int pausesTold) throws Exception {
        buses.send("idle-input");
        buses.send("idle-quiet " + millis);
        awaitCount(pauses, pausesTold);
    }

    private static void awaitCount(AtomicInteger count, int expected) {
        await("told " + expected + " time(s)").atMost(WITHIN).untilAsserted(() -> assertThat(count).hasValue(expected));
    }
}
