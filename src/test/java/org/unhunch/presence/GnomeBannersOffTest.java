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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GNOME's do-not-disturb with gsettings played by a script that answers as gsettings does: what it
 * is asked, what each answer means, and what is said when it fails (the real gsettings:
 * {@link GnomeBannersOffIT}).
 */
@EnabledOnOs(OS.LINUX)
class GnomeBannersOffTest {

    @TempDir
    Path folder;
    private final List<Boolean> told = new CopyOnWriteArrayList<>();

    @Test
    void asks_for_the_banners_key_banners_off_is_on_and_a_read_that_fails_is_off() throws Exception {
        gsettings("[ \"$*\" = 'get org.gnome.desktop.notifications show-banners' ] || exit 9\n"
                + "cat " + folder.resolve("value"));
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

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("echo 'No such schema \u201corg.gnome.desktop.notifications\u201d' >&2; exit 1",
                        "gsettings get org.gnome.desktop.notifications show-banners ended with status 1:"
                                + " the schema is not installed, or has no such key"),
                Arguments.of("echo \"@mb just 'false'\"",
                        "gsettings get org.gnome.desktop.notifications show-banners answered neither true nor"
                                + " false: \"@mb just 'false'?\""),
                Arguments.of("head -c 100000 /dev/zero | tr '\\0' x", "gsettings wrote more than 64 bytes"));
    }

    /** A missing schema, an answer not a boolean, a flood: the source is left out, saying why by tool and key. */
    @ParameterizedTest
    @MethodSource("refusals")
    void what_cannot_be_read_leaves_the_source_out_saying_why(String script, String why) throws IOException {
        gsettings(script);

        assertThatThrownBy(() -> source().start(told::add)).isInstanceOf(PresenceSource.Unavailable.class)
                .hasMessageEndingWith(why);
        assertThat(told).isEmpty();
    }

    private GnomeBannersOff source() {
        return new GnomeBannersOff(Map.of("PATH", "/usr/bin:/bin"), folder.resolve("gsettings").toString());
    }

    private void answer(String value) throws IOException {
        Files.writeString(folder.resolve("value"), value);
    }

    private void gsettings(String script) throws IOException {
        Path file = folder.resolve("gsettings");
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    }
}
