package org.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.agent.StartAtLogin;
import org.unhunch.settings.Layer;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore.Resolved;

/** What the settings dialog's "Start Unhunch when I log in" shows: whether it happens, with a temporary XDG config folder. */
class StartAtLoginSetupTest {

    @TempDir
    Path home;

    private StartAtLogin login() {
        return StartAtLogin.forPlatform("Linux", Map.of("XDG_CONFIG_HOME", home.resolve("cfg").toString(),
                "XDG_CONFIG_DIRS", home.resolve("no-system-entry").toString()), home.toString()).orElseThrow();
    }

    private static Resolved startAtLogin(String value, Layer layer) {
        return new Resolved(Setting.START_AT_LOGIN, value, layer);
    }

    @Test
    void a_jar_started_by_hand_with_the_built_in_default_does_not_start_at_login_until_an_entry_is_there()
            throws Exception {
        Resolved byDefault = startAtLogin("true", Layer.BUILT_IN);
        assertThat(StartAtLoginSetup.startsAtLogin(byDefault, false, Optional.of(login()), true)).isFalse();

        login().apply(true, List.of("/usr/bin/java", "-jar", "unhunch.jar"));
        assertThat(StartAtLoginSetup.startsAtLogin(byDefault, false, Optional.of(login()), true))
                .as("an entry written before, under a setting since reset").isTrue();
    }

    @Test
    void a_value_someone_set_is_what_happens_the_entry_being_written_from_it() {
        assertThat(StartAtLoginSetup.startsAtLogin(startAtLogin("true", Layer.USER), false, Optional.of(login()),
                true)).as("about to be written").isTrue();
        assertThat(StartAtLoginSetup.startsAtLogin(startAtLogin("false", Layer.ORGANISATION_LOCK), false,
                Optional.of(login()), true)).isFalse();
        assertThat(Files.exists(login().entry())).as("showing writes nothing").isFalse();
    }

    @Test
    void an_installed_copy_follows_the_default_too() {
        assertThat(StartAtLoginSetup.startsAtLogin(startAtLogin("true", Layer.BUILT_IN), true, Optional.of(login()),
                true)).isTrue();
    }

    @Test
    void a_copy_whose_command_is_unknown_writes_nothing_so_the_entry_decides() {
        assertThat(StartAtLoginSetup.startsAtLogin(startAtLogin("true", Layer.USER), false, Optional.of(login()),
                false)).isFalse();
    }

    @Test
    void where_unhunch_keeps_no_entry_the_installer_follows_the_setting() {
        assertThat(StartAtLoginSetup.startsAtLogin(startAtLogin("true", Layer.BUILT_IN), true, Optional.empty(),
                false)).isTrue();
        assertThat(StartAtLoginSetup.startsAtLogin(startAtLogin("false", Layer.USER), true, Optional.empty(),
                false)).isFalse();
    }
}
