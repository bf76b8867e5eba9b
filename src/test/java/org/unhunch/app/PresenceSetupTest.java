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
    void on_windows_and_macos_it_says_lock_detection_is_not_built_and_watches_nothing() throws Exception {
        for (String os : List.of("Windows 11", "Mac OS X")) {
            PresenceSetup.screenLock(os, Map.of(), posted::add, starts::add).close();
        }

        assertThat(starts).isEmpty();
        assertThat(said.events()).extracting(ILoggingEvent::getFormattedMessage)
                .hasSize(2)
                .allMatch(line -> line.contains("may be drawn on the desktop behind the lock screen"))
                .anyMatch(line -> line.startsWith("Screen lock is not detected on Windows 11 yet: "))
                .anyMatch(line -> line.startsWith("Screen lock is not detected on Mac OS X yet: "));
    }

    @Test
    void on_linux_without_buses_each_source_says_which_bus_and_then_that_nothing_is_watched() throws Exception {
        Map<String, String> env = Map.of("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=" + folder.resolve("system"),
                "DBUS_SESSION_BUS_ADDRESS", "unix:path=" + folder.resolve("session"), "XDG_SESSION_ID", "c42");

        AutoCloseable screenLock = PresenceSetup.screenLock("Linux", env, posted::add, starts::add);
        assertThat(said.events()).as("said by the start, which runs on a thread of its own").isEmpty();
        starts.forEach(Runnable::run);
        screenLock.close();

        assertThat(sources.events()).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Screen lock: logind's session lock (system bus) is not watched"
                        + " (no system bus: there is no socket where DBUS_SYSTEM_BUS_ADDRESS says)",
                "Screen lock: logind's sleep and wake (system bus) is not watched"
                        + " (no system bus: there is no socket where DBUS_SYSTEM_BUS_ADDRESS says)",
                "Screen lock: org.gnome.ScreenSaver (session bus) is not watched"
                        + " (no session bus: there is no socket where DBUS_SESSION_BUS_ADDRESS says)",
                "Screen lock: org.freedesktop.ScreenSaver (session bus) is not watched"
                        + " (no session bus: there is no socket where DBUS_SESSION_BUS_ADDRESS says)");
        assertThat(said.events()).extracting(ILoggingEvent::getFormattedMessage).singleElement()
                .asString().startsWith("Screen lock is not detected: no source answers on this desktop");
        assertThat(posted).isEmpty();
    }

    @Test
    void engagement_is_watched_on_linux_through_the_session_managers_idle_inhibitor_and_nowhere_else_yet()
            throws Exception {
        Map<String, String> env = Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + folder.resolve("session"));

        PresenceSetup.engagement("Windows 11", env, true, posted::add, starts::add).close();
        AutoCloseable engagement = PresenceSetup.engagement("Linux", env, true, posted::add, starts::add);
        starts.forEach(Runnable::run);
        engagement.close();

        assertThat(sources.events()).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Engagement: org.gnome.SessionManager's idle inhibitor (session bus) is not watched"
                        + " (no session bus: there is no socket where DBUS_SESSION_BUS_ADDRESS says)");
        assertThat(said.events()).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Engagement is not detected on Windows 11 yet: a video watched without typing counts as a"
                        + " natural break once break.gap has passed",
                "Engagement is not detected: no source answers on this desktop (see above); a video watched"
                        + " without typing counts as a natural break once break.gap has passed");
        assertThat(posted).isEmpty();
    }

    @Test
    void engagement_switched_off_in_the_settings_starts_no_source_and_says_which_setting() throws Exception {
        PresenceSetup.engagement("Linux", Map.of(), false, posted::add, starts::add).close();

        assertThat(starts).isEmpty();
        assertThat(said.events()).extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                .startsWith("Engagement is not watched: presence.idleinhibitor is off in the settings; ");
    }
}
