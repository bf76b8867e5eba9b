package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.unhunch.testing.Desktop;
import org.unhunch.testing.XServer;

/**
 * The X server's idle time read through libXss on an Xvfb of the test's own, with input
 * synthesized by xdotool. Nothing waits for time to pass: each reading is bracketed by the
 * system ticker (the X server counts on the same monotonic clock), so what the idle time may be
 * follows from when it was read.
 */
@Tag("desktop")
class X11IdleTimeIT {

    private XServer x;
    private X11IdleTime reader;

    @BeforeEach
    void startServer() throws Exception {
        Desktop.require();
        x = XServer.bare(640, 480);
    }

    @AfterEach
    void stopServer() throws Exception {
        if (reader != null) {
            reader.close();
            // The watch thread closes its own connection soon after; a server gone before then would
            // make Xlib end this JVM (as it ends the agent's when the session ends).
            await("the watch thread ends").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !reader.returnWatchRunning());
        }
        if (x != null) {
            x.close();
        }
    }

    @Test
    void the_idle_time_grows_as_time_passes_without_input() throws Exception {
        reader = new X11IdleTime(Map.of("DISPLAY", x.display()));
        Reading first = read();
        x.run("xdpyinfo");
        Reading second = read();

        assertThat(first.idle).isNotNegative();
        assertThat(second.idle - first.idle).as("growth between readings %s and %s", first, second)
                .isBetween(millis(second.start - first.end) - 1, millis(second.end - first.start) + 1);
    }

    @Test
    void input_brings_the_idle_time_down_to_no_more_than_the_time_since_it() throws Exception {
        reader = new X11IdleTime(Map.of("DISPLAY", x.display()));
        x.run("xdotool", "mousemove", "10", "10");
        x.run("xdpyinfo");
        Reading before = read();

        long inputStart = Ticker.SYSTEM.read();
        x.run("xdotool", "mousemove", "200", "100");
        Reading after = read();

        assertThat(after.idle).as("after input (before it: %s)", before).isNotNegative()
                .isLessThanOrEqualTo(millis(after.end - inputStart) + 1)
                .isLessThan(before.idle);
    }

    @Test
    void two_threads_reading_at_once_each_get_an_idle_time() throws Exception {
        reader = new X11IdleTime(Map.of("DISPLAY", x.display()));
        CompletableFuture<Long> other = CompletableFuture.supplyAsync(this::readManyTimes);
        long here = readManyTimes();

        assertThat(here).isNotNegative();
        assertThat(other.get(30, TimeUnit.SECONDS)).isNotNegative();
    }

    @Test
    void after_the_close_reading_fails_and_closing_again_is_harmless() throws Exception {
        reader = new X11IdleTime(Map.of("DISPLAY", x.display()));
        reader.close();
        reader.close();

        assertThatThrownBy(reader::idleMillis).isInstanceOf(IdleTimeUnreadableException.class)
                .hasMessage("the X display connection is closed");
    }

    @Test
    void a_return_watch_is_told_once_of_the_first_input_after_it() throws Exception {
        reader = new X11IdleTime(Map.of("DISPLAY", x.display()));

        AtomicInteger first = toldOfAReturn();
        x.run("xdotool", "mousemove", "20", "20");
        toldOfAReturn();

        assertThat(first).hasValue(1);
    }

    @Test
    void a_return_watch_ended_is_not_told() throws Exception {
        reader = new X11IdleTime(Map.of("DISPLAY", x.display()));
        AtomicInteger ended = new AtomicInteger();

        reader.watchForReturn(ended::incrementAndGet);
        reader.endReturnWatch();
        x.run("xdotool", "mousemove", "10", "10");
        toldOfAReturn();

        assertThat(ended).hasValue(0);
    }

    @Test
    void the_close_stops_the_return_watch() throws Exception {
        reader = new X11IdleTime(Map.of("DISPLAY", x.display()));
        reader.watchForReturn(() -> { });
        assertThat(reader.returnWatchRunning()).isTrue();

        reader.close();

        await("the watch thread ends").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> !reader.returnWatchRunning());
        assertThat(reader.watchForReturn(() -> { })).isFalse();
    }

    @Test
    void a_server_without_the_screen_saver_extension_is_unavailable_and_says_so() throws Exception {
        try (XServer without = XServer.bare(640, 480, "-extension", "MIT-SCREEN-SAVER")) {
            assertThatThrownBy(() -> new X11IdleTime(Map.of("DISPLAY", without.display())))
                    .isInstanceOfSatisfying(ActivitySourceUnavailableException.class,
                            e -> assertThat(e.noDisplay()).isFalse())
                    .hasMessage("the X server has no screen-saver extension");
        }
    }

    @Test
    void without_libxss_it_is_unavailable_and_names_the_package() {
        assertThatThrownBy(() -> new X11IdleTime(Map.of("DISPLAY", x.display()), "libXss-not-installed.so.1"))
                .isInstanceOfSatisfying(ActivitySourceUnavailableException.class,
                        e -> assertThat(e.noDisplay()).isFalse())
                .hasMessageContaining("libXss cannot be loaded").hasMessageContaining("libxss1")
                .hasCauseInstanceOf(UnsatisfiedLinkError.class);
    }

    @Test
    void a_display_that_does_not_answer_is_no_display() throws Exception {
        String gone = x.display();
        x.close();

        assertThatThrownBy(() -> new X11IdleTime(Map.of("DISPLAY", gone)))
                .isInstanceOfSatisfying(ActivitySourceUnavailableException.class,
                        e -> assertThat(e.noDisplay()).isTrue())
                .hasMessage("the X display does not answer");
    }

    /**
     * A new watch, input after it, and the watch told of it (by then the watch thread has handled
     * every watch asked before).
     */
    private AtomicInteger toldOfAReturn() {
        AtomicInteger told = new AtomicInteger();
        assertThat(reader.watchForReturn(told::incrementAndGet)).isTrue();
        x.run("xdotool", "mousemove", "300", "200");
        await("told of the return").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(told).hasPositiveValue());
        return told;
    }

    private Reading read() throws IdleTimeUnreadableException {
        long start = Ticker.SYSTEM.read();
        long idle = reader.idleMillis();
        return new Reading(start, idle, Ticker.SYSTEM.read());
    }

    private long readManyTimes() {
        long lowest = Long.MAX_VALUE;
        try {
            for (int i = 0; i < 2_000; i++) {
                lowest = Math.min(lowest, reader.idleMillis());
            }
        } catch (IdleTimeUnreadableException e) {
            throw new AssertionError(e);
        }
        return lowest;
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    /** An idle time and the ticker's readings just before and just after it was asked for. */
    private record Reading(long start, long idle, long end) {
    }
}
