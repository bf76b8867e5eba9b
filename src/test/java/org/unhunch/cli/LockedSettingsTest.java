package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unhunch.settings.SettingsStore;
import org.unhunch.sitting.SittingSettings;
import picocli.CommandLine;

/**
 * A lock wins everywhere (issue 10, section 4): {@code --set} on a locked key is refused as
 * {@code settings set} refuses it, and {@code settings reset} says what stays in force. On
 * preference roots of the test's own, with {@code snooze} locked at 15m and {@code sit.limit}
 * defaulted by the organisation to 50m.
 */
class LockedSettingsTest {

    private final Preferences user = Preferences.userRoot().node("test-" + UUID.randomUUID());
    private final Preferences system = Preferences.systemRoot().node("test-" + UUID.randomUUID());
    private final SettingsStore store = new SettingsStore(user, system, message -> { });

    @BeforeEach
    void organisationsPolicy() throws BackingStoreException {
        Preferences locked = system.node(SettingsStore.LOCKED_NODE);
        locked.put("snooze", "15m");
        Preferences defaults = system.node(SettingsStore.DEFAULTS_NODE);
        defaults.put("sit.limit", "50m");
        system.flush();
    }

    @AfterEach
    void removeNodes() throws BackingStoreException {
        user.removeNode();
        system.removeNode();
    }

    private CliRun settings(String... args) {
        return OwnRootsCli.settings(user, system, args);
    }

    @Test
    void set_on_a_locked_key_is_refused_with_the_words_of_settings_set() {
        CliRun settingsSet = settings("set", "snooze", "60m");
        assertThat(settingsSet.status()).isEqualTo(ExitStatus.BAD_INPUT);
        String refusal = settingsSet.err().substring("unhunch settings: ".length());

        StringWriter err = new StringWriter();
        Optional<SittingSettings> parsed = option("--set", "sit.limit=20m", "--set", "snooze=60m")
                .parse(new PrintWriter(err, true), "unhunch run", store);

        assertThat(parsed).as("a run that cannot keep its --set does not start").isEmpty();
        assertThat(err).hasToString("unhunch run: " + refusal);
        assertThat(refusal).isEqualTo("snooze=60m: set by your organisation (15m); it cannot be changed here\n");
    }

    @Test
    void set_on_keys_that_are_not_locked_goes_on_top_of_the_organisations_values() {
        StringWriter err = new StringWriter();
        Optional<SittingSettings> parsed = option("--set", "sit.limit=20m").parse(new PrintWriter(err, true),
                "unhunch run", store);

        assertThat(err.toString()).isEmpty();
        assertThat(parsed).get().extracting(SittingSettings::sitLimit).isEqualTo(Duration.ofMinutes(20));
        assertThat(parsed.get().snooze()).as("the locked value").isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void reset_of_a_locked_key_says_the_locked_value_stays() throws BackingStoreException {
        Preferences own = user.node(SettingsStore.USER_NODE);
        own.put("snooze", "60m");
        own.flush();
        CliRun reset = settings("reset", "snooze");

        assertThat(reset.status()).isZero();
        assertThat(reset.out()).isEqualTo("your own value of snooze is removed; snooze stays 15m, locked by your"
                + " organisation\n");
        assertThat(settings("reset", "snooze").out()).as("again, with no value of the person's own left")
                .isEqualTo("you had no value of your own for snooze; snooze stays 15m, locked by your organisation\n");
    }

    @Test
    void reset_says_which_default_is_in_force() {
        assertThat(settings("set", "sit.limit", "20m").status()).isZero();

        assertThat(settings("reset", "sit.limit").out())
                .isEqualTo("sit.limit is back to your organisation's default, 50m\n");
        assertThat(settings("reset", "break.gap").out()).isEqualTo("break.gap is back to its default, 5m\n");
        assertThat(settings("reset").out()).isEqualTo("all your own values are removed; your organisation sets"
                + " sit.limit 50m, snooze 15m (locked), and the others are back to their defaults\n");
        assertThat(settings("get", "sit.limit").out()).isEqualTo("50m\n");
    }

    private static SettingsOption option(String... args) {
        return CommandLine.populateCommand(new SettingsOption(), args);
    }
}
