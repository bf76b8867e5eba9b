package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What {@code gsettings get org.gnome.desktop.notifications show-banners} printed, read strictly:
 * {@code true} or {@code false} on one line and nothing else. Anything else, fuzzed, is refused
 * with a short message naming the tool and the key that says no more than the output's start.
 */
class GnomeBannersOffFuzzTest {

    private static final String NAMED = "gsettings get org.gnome.desktop.notifications show-banners answered"
            + " neither true nor false: \"";
    /** The message's length with the longest start it may say (24 characters and an ellipsis). */
    private static final int LONGEST = NAMED.length() + 24 + 2;

    @Example
    void true_and_false_on_a_line_are_the_banners_shown_or_not() throws Exception {
        assertThat(GnomeBannersOff.bannersShown("true\n")).isTrue();
        assertThat(GnomeBannersOff.bannersShown("false\n")).isFalse();
        assertThat(GnomeBannersOff.bannersShown("true")).isTrue();
        assertThat(GnomeBannersOff.bannersShown("false")).isFalse();
    }

    @Example
    void a_near_miss_is_refused() {
        for (String output : new String[] {"", "\n", "True\n", " false\n", "false\n\n", "false \n", "'false'\n",
            "true\r\n", "@b false\n", "truefalse", "false\ntrue\n"}) {
            assertThatThrownBy(() -> GnomeBannersOff.bannersShown(output)).as("%s", output)
                    .isInstanceOf(PresenceSource.Unavailable.class).hasMessageStartingWith(NAMED);
        }
    }

    @Example
    void a_long_answer_is_said_by_its_start_alone() {
        String output = "No! " + "secret ".repeat(40) + "\n";

        assertThatThrownBy(() -> GnomeBannersOff.bannersShown(output))
                .hasMessage(NAMED + "No! secret secret secret…\"");
    }

    @Property(tries = 2000)
    void any_other_output_is_refused_by_a_short_printable_message(@ForAll("outputs") String output) {
        boolean strict = output.equals("true") || output.equals("true\n") || output.equals("false")
                || output.equals("false\n");
        try {
            boolean shown = GnomeBannersOff.bannersShown(output);
            assertThat(strict).as("accepted %s", output).isTrue();
            assertThat(shown).isEqualTo(output.startsWith("true"));
        } catch (PresenceSource.Unavailable e) {
            assertThat(strict).as("refused %s", output).isFalse();
            assertThat(e.getMessage()).startsWith(NAMED).hasSizeLessThanOrEqualTo(LONGEST)
                    .matches("[\\x20-\\x7e…]*");
        }
    }

    @Provide
    Arbitrary<String> outputs() {
        Arbitrary<String> near = Combinators.combine(Arbitraries.of("true", "false", "true\n", "false\n"),
                Arbitraries.strings().ofMaxLength(4), Arbitraries.integers().between(0, 2))
                .as((value, noise, where) -> where == 0 ? noise + value : where == 1 ? value + noise : value);
        Arbitrary<String> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300)
                .map(raw -> new String(raw, StandardCharsets.UTF_8));
        return Arbitraries.oneOf(near, bytes, Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars("truefals\n\r '@b").ofMaxLength(12));
    }
}
