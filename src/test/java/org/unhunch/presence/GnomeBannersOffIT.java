package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.Desktop;

/**
 * GNOME's do-not-disturb read with the real gsettings, over a keyfile backend in a folder of the
 * test's own (never the machine's settings): the test switches the banners with {@code gsettings
 * set} in the same environment, and the source reads it. Skipped, saying why, where gsettings
 * (libglib2.0-bin) or GNOME's schema (gsettings-desktop-schemas) is missing.
 */
class GnomeBannersOffIT {

    private static final String SCHEMA = "org.gnome.desktop.notifications";

    @TempDir
    Path config;
    private Map<String, String> env;
    private final List<Boolean> told = new CopyOnWriteArrayList<>();
    private GnomeBannersOff source;

    @BeforeEach
    void keyfileSettings() throws Exception {
        Desktop.check(Desktop.onPath("gsettings"), "gsettings is not installed (apt-get install libglib2.0-bin)");
        env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("GSETTINGS_BACKEND", "keyfile");
        env.put("XDG_CONFIG_HOME", config.toString());
        Desktop.check(gsettings("list-keys", SCHEMA) == 0,
                "the schema " + SCHEMA + " is not installed (apt-get install gsettings-desktop-schemas)");
        source = new GnomeBannersOff(env);
    }

    @AfterEach
    void closeSource() {
        if (source != null) {
            source.close();
        }
    }

    @Test
    void banners_switched_off_are_do_not_disturb_and_switched_on_again_are_not() throws Exception {
        source.start(told::add);
        assertThat(told).as("banners shown by default").containsExactly(false);

        gsettings("set", SCHEMA, "show-banners", "false");
        assertThat(Files.readString(config.resolve("glib-2.0/settings/keyfile"))).contains("show-banners=false");
        source.readNow();
        gsettings("set", SCHEMA, "show-banners", "true");
        source.readNow();

        assertThat(told).containsExactly(false, true, false);
        assertThat(source.on()).isFalse();
    }

    @Test
    void banners_off_before_the_start_are_do_not_disturb_from_the_start() throws Exception {
        gsettings("set", SCHEMA, "show-banners", "false");

        source.start(told::add);

        assertThat(told).containsExactly(true);
        assertThat(source.on()).isTrue();
    }

    @Test
    void without_the_schema_the_source_is_not_available() throws IOException {
        env.put("XDG_DATA_DIRS", Files.createDirectories(config.resolve("no-schemas")).toString());

        assertThatThrownBy(() -> new GnomeBannersOff(env).start(told::add))
                .isInstanceOf(PresenceSource.Unavailable.class)
                .hasMessage("gsettings get org.gnome.desktop.notifications show-banners ended with status 1:"
                        + " the schema is not installed, or has no such key");
    }

    @Test
    void without_gsettings_the_source_is_not_available() {
        String missing = config.resolve("bin/gsettings").toString();

        assertThatThrownBy(() -> new GnomeBannersOff(env, missing).start(told::add))
                .isInstanceOf(PresenceSource.Unavailable.class)
                .hasMessage(missing + " is not installed or cannot be run");
        assertThat(told).isEmpty();
    }

    /** Runs gsettings in the test's environment and waits for it; its exit status. */
    private int gsettings(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("gsettings"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("gsettings %s ended", List.of(args)).isTrue();
        return process.exitValue();
    }
}
