package org.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.presence.PlatformSources;
import org.unhunch.presence.PresenceCombiner;
import org.unhunch.sitting.Observation;
import org.unhunch.testing.LogCapture;

/** What the log says about the screen lock is true to fact: which platform, which bus is missing. */
class PresenceSetupTest {

    @RegisterExtension
    final LogCapture said = new LogCapture(PresenceSetup.class);
    @RegisterExtension
    final LogCapture sources = new LogCapture(PresenceCombiner.class);

    @TempDir
    Path folder;

    private final List<Observation> posted = new ArrayList<>();
    private final List<Runnable> starts = new ArrayList<>();

    @Test
    void on_a_platform_without_sources_it_says_for_each_flag_that_it_is_not_detected_and_starts_nothing()
            throws Exception {
        PresenceSetup.presence("Plan 9", PlatformSources.NONE, PresenceSetup.Choices.ALL, posted::add, starts::add)
                .close();

        assertThat(starts).isEmpty();
        assertThat(said.events()).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Screen lock is not detected on Plan 9: a prompt that falls due while the screen is locked may be"
                        + " drawn on the desktop behind the lock screen, and a bumped mouse there counts as sitting",
                "Engagement is not detected on Plan 9: a video watched or a call taken without typing counts as a"
                        + " natural break once break.gap has passed",
                "Do not disturb is not detected on Plan 9: a prompt that falls due in a call or a presentation is"
                        + " shown there");
    }

    @Test
    void on_linux_without_buses_each_source_says_which_bus_and_then_that_nothing_is_watched() throws Exception {
        Map<String, String> env = Map.of("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=" + folder.resolve("system"),
                "DBUS_SESSION_BUS_ADDRESS", "unix:path=" + folder.resolve("session"), "XDG_SESSION_ID", "c42");

        AutoCloseable presence = PresenceSetup.presence("Linux", PlatformSources.forOs("Linux", env),
                new PresenceSetup.Choices(false, true, false, false), posted::add, starts::add);
        assertThat(said.events()).extracting(ILoggingEvent::getFormattedMessage)
                .as("said by the start, which runs on a thread of its own").noneMatch(line -> line.contains("watched through"));
        starts.forEach(Runnable::run);
        presence.close();

        assertThat(sources.events()).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Screen lock: logind's session lock (system bus) is not watched"
                        + " (no system bus: there is no socket where DBUS_SYSTEM_BUS_ADDRESS says)",
                "Screen lock: logind's sleep and wake (system bus) is not watched"
                        + " (no system bus: there is no socket where DBUS_SYSTEM_BUS_ADDRESS says)",
                "Screen lock: org.gnome.ScreenSaver (session bus) is not watched"
                        + " (no session bus: there is no socket where DBUS_SESSION_BUS_ADDRESS says)",
                "Screen lock: org.freedesktop.ScreenSaver (session bus) is not watched"
                        + " (no session bus: there is no socket where DBUS_SESSION_BUS_ADDRESS says)",
                "Engagement: org.gnome.SessionManager's idle inhibitor (session bus) is not watched"
                        + " (no session bus: there is no socket where DBUS_SESSION_BUS_ADDRESS says)",
                "Engagement: org.freedesktop.PowerManagement's idle inhibitor (session bus) is not watched"
                        + " (no session bus: there is no socket where DBUS_SESSION_BUS_ADDRESS says)");
        assertThat(said.events()).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.startsWith("Screen lock is not detected: no source answers on this desktop"))
                .anyMatch(line -> line.startsWith("Engagement is not detected: no source answers on this desktop"));
        assertThat(posted).isEmpty();
    }

    @Test
    void a_kind_switched_off_in_the_settings_starts_no_source_and_says_which_setting() throws Exception {
        PresenceSetup.presence("Linux", PlatformSources.forOs("Linux", Map.of()),
                new PresenceSetup.Choices(false, false, false, false), posted::add, starts::add).close();

        assertThat(said.events()).extracting(ILoggingEvent::getFormattedMessage)
                .contains("Calls are not watched: presence.calls is off in the settings",
                        "A player holding the screen awake are not watched: presence.idleinhibitor is off in the"
                                + " settings",
                        "Full screen and presentations are not watched: presence.fullscreen is off in the settings",
                        "Do-not-disturb are not watched: presence.donotdisturb is off in the settings");
        assertThat(starts).as("only the screen lock starts").hasSize(1);
    }
}
