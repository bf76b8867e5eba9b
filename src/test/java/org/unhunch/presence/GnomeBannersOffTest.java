package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * GNOME's do-not-disturb with gsettings played by a script that answers as gsettings does: what it
 * is asked, what each answer means, and what is said when it fails (the real gsettings:
 * {@link GnomeBannersOffIT}).
 */
@EnabledOnOs(OS.LINUX)
class GnomeBannersOffTest {

    @TempDir
    Path bin;
    private final List<Boolean> told = new CopyOnWriteArrayList<>();

    @Test
    void asks_for_the_banners_key_untranslated_banners_off_is_on_and_a_read_that_fails_is_off() throws Exception {
        gsettings("[ \"$*\" = 'get org.gnome.desktop.notifications show-banners' ] && [ \"$LC_ALL\" = C ] || exit 9\n"
                + "cat " + bin.resolve("value"));
        answer("false\n");
        GnomeBannersOff source = source();

        source.start(told::add);
        for (String value : List.of("true\n", "false\n", "maybe\n")) {
            answer(value);
            source.readNow();
        }

        assertThat(told).containsExactly(true, false, true, false);
        assertThat(source.on()).isFalse();
    }

    @Test
    void warnings_on_standard_error_do_not_spoil_the_answer() throws Exception {
        gsettings("echo '(process:4711): dconf-WARNING **: unable to create directory' >&2; echo false");

        source().start(told::add);

        assertThat(told).containsExactly(true);
    }

    @Test
    void a_missing_schema_or_key_is_said_as_such() throws IOException {
        gsettings("echo 'No such schema \u201corg.gnome.desktop.notifications\u201d' >&2; exit 1");
        assertThatThrownBy(() -> source().start(told::add)).isInstanceOf(PresenceSource.Unavailable.class)
                .hasMessage("the schema org.gnome.desktop.notifications is not installed (gsettings says so)");

        gsettings("echo 'No such key \u201cshow-banners\u201d' >&2; exit 1");
        assertThatThrownBy(() -> source().start(told::add))
                .hasMessage("the schema org.gnome.desktop.notifications has no key show-banners (gsettings says so)");

        gsettings("echo 'something else about /home/person' >&2; exit 4");
        assertThatThrownBy(() -> source().start(told::add))
                .hasMessage("gsettings get org.gnome.desktop.notifications show-banners failed with exit status 4");
    }

    @Test
    void an_answer_that_is_not_a_boolean_is_refused_naming_the_tool_and_the_key() throws IOException {
        gsettings("echo \"@mb just 'false'\"");

        assertThatThrownBy(() -> source().start(told::add)).isInstanceOf(PresenceSource.Unavailable.class)
                .hasMessage("gsettings get org.gnome.desktop.notifications show-banners answered neither true nor"
                        + " false: \"@mb just 'false'?\"");
        assertThat(told).isEmpty();
    }

    private GnomeBannersOff source() {
        return new GnomeBannersOff(Map.of("PATH", bin + ":/usr/bin:/bin"));
    }

    private void answer(String value) throws IOException {
        Files.writeString(bin.resolve("value"), value);
    }

    private void gsettings(String script) throws IOException {
        Path file = bin.resolve("gsettings");
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    }
}
