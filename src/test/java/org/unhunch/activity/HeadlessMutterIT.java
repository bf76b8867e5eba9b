package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.Desktop;
import org.unhunch.testing.SharedMockBuses;

/**
 * GNOME's idle monitor read from Mutter itself, run headless (no display, no input devices) on the
 * private session bus: its idle time is read, its idle watch fires, and after {@code ResetIdletime}
 * (Mutter's stand-in for input, which it allows where {@code MUTTER_DEBUG_RESET_IDLETIME} is set) its
 * user-active watch fires. Mutter sends {@code WatchFired} to the watch's owner alone. Skipped where
 * Mutter is not installed, even in CI: it is a large package (Debian: mutter).
 */
class HeadlessMutterIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @RegisterExtension
    static final SharedMockBuses BUSES = new SharedMockBuses();

    @TempDir
    Path runtime;

    private final AtomicInteger returns = new AtomicInteger();
    private final AtomicInteger pauses = new AtomicInteger();
    private Process mutter;
    private MutterIdleMonitor monitor;

    @BeforeEach
    void startMutter() throws IOException {
        Assumptions.assumeTrue(Desktop.onPath("mutter"),
                "mutter is not installed (apt-get install --no-install-recommends mutter)");
        Map<String, String> env = BUSES.get().env(null);
        ProcessBuilder builder = new ProcessBuilder("mutter", "--headless", "--wayland", "--no-x11",
                "--virtual-monitor", "640x480")
                .redirectErrorStream(true).redirectOutput(runtime.resolve("mutter.log").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("XDG_RUNTIME_DIR", Files.createDirectories(runtime.resolve("run")).toString());
        builder.environment().put("DBUS_SESSION_BUS_ADDRESS", env.get("DBUS_SESSION_BUS_ADDRESS"));
        builder.environment().put("MUTTER_DEBUG_RESET_IDLETIME", "1");
        mutter = builder.start();
        monitor = await("Mutter's idle monitor on the private session bus").atMost(WITHIN).ignoreExceptions()
                .until(() -> new MutterIdleMonitor(env), answered -> true);
    }

    @AfterEach
    void stopMutter() throws InterruptedException {
        if (monitor != null) {
            monitor.close();
        }
        if (mutter != null) {
            mutter.destroy();
            if (!mutter.waitFor(10, TimeUnit.SECONDS)) {
                mutter.destroyForcibly();
            }
        }
    }

    @Test
    void mutters_idle_time_is_read_and_its_watches_fire() throws Exception {
        assertThat(monitor.idleMillis()).isBetween(0L, IdleTimeReply.MOST_MILLIS);

        // Nobody is at a headless Mutter: a short idle watch fires at once.
        assertThat(monitor.watchForQuiet(Duration.ofMillis(200), pauses::incrementAndGet)).isTrue();
        await("the idle watch fired").atMost(WITHIN).until(() -> pauses.get() == 1);
        assertThat(monitor.watchForReturn(returns::incrementAndGet)).isTrue();

        resetIdletime();

        await("the user-active watch fired").atMost(WITHIN).until(() -> returns.get() == 1);
        await("the idle watch fired again after the input").atMost(WITHIN).until(() -> pauses.get() == 2);
    }

    /** Mutter's testing method, as if input had come. */
    private void resetIdletime() throws Exception {
        IdleTimeBus bus = new IdleTimeBus("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
                BUSES.get().env(null));
        try {
            bus.call("ResetIdletime", null);
        } finally {
            bus.close();
        }
    }
}
