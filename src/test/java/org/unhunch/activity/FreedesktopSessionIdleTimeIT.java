package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unhunch.testing.MockBuses;
import org.unhunch.testing.SharedMockBuses;

/**
 * The session's idle time from a mock {@code org.freedesktop.ScreenSaver} on a private session bus:
 * read as KDE Plasma answers it on X11, and unavailable, saying why, where the screen saver does not
 * have the method (GNOME) or does not support it (Plasma on Wayland).
 */
class FreedesktopSessionIdleTimeIT {

    @RegisterExtension
    static final SharedMockBuses BUSES = new SharedMockBuses();

    private MockBuses buses;

    @BeforeEach
    void buses() {
        buses = BUSES.get();
    }

    @Test
    void the_session_idle_time_is_read_in_milliseconds_and_has_no_watches() throws Exception {
        buses.send("session-idle-time 42000");
        Map<String, String> env = buses.env(null);

        try (FreedesktopSessionIdleTime reader = new FreedesktopSessionIdleTime(env)) {
            assertThat(reader.idleMillis()).isEqualTo(42_000);
            buses.send("session-idle-time 4294967295");
            assertThat(reader.idleMillis()).as("the largest u").isEqualTo(4_294_967_295L);
            assertThat(reader.watchForReturn(() -> { })).isFalse();
            assertThat(reader.watchForQuiet(Duration.ofSeconds(1), () -> { })).isFalse();
        }
    }

    /** GNOME's screen-saver proxy has no such method; Plasma on Wayland answers NotSupported. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"gnome, UnknownMethod", "unsupported, NotSupported"})
    void a_screen_saver_that_does_not_tell_leaves_the_reader_unavailable(String answer, String error)
            throws Exception {
        buses.send("session-idle-time " + answer);
        Map<String, String> env = buses.env(null);

        assertThatThrownBy(() -> new FreedesktopSessionIdleTime(env))
                .isInstanceOf(ActivitySourceUnavailableException.class)
                .hasMessage("org.freedesktop.ScreenSaver does not support GetSessionIdleTime (" + error + ")");
    }

    @Test
    void a_screen_saver_that_stops_answering_makes_a_reading_fail_and_the_reader_answers_again_later()
            throws Exception {
        buses.send("session-idle-time 1000");
        try (FreedesktopSessionIdleTime reader = new FreedesktopSessionIdleTime(buses.env(null))) {
            buses.send("session-idle-time unsupported");
            assertThatThrownBy(reader::idleMillis).isInstanceOf(IdleTimeUnreadableException.class)
                    .hasMessage("org.freedesktop.ScreenSaver does not support GetSessionIdleTime (NotSupported)");

            buses.send("session-idle-time 2000");
            assertThat(reader.idleMillis()).isEqualTo(2000);
        }
    }
}
