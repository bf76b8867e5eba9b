package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unhunch.text.TerminalText;

class EscapingWriterTest {

    private static String written(String... parts) throws IOException {
        StringWriter out = new StringWriter();
        try (EscapingWriter writer = new EscapingWriter(out)) {
            for (String part : parts) {
                writer.write(part);
            }
        }
        return out.toString();
    }

    @Test
    void a_terminal_title_sequence_is_shown_not_obeyed() throws IOException {
        assertThat(written("day.trace:2: unknown observation 'k\u001b]0;PWNED\u0007ey'\n"))
                .isEqualTo("day.trace:2: unknown observation 'k\\u001b]0;PWNED\\u0007ey'\n");
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0000", "0001", "0008", "000b", "000c", "000d", "001b", "001f", "007f", "0080", "009b", "009f", "061c",
        "200e", "200f", "2028", "2029", "202a", "202b", "202c", "202d", "202e", "2066", "2067", "2068", "2069", "d800",
        "dfff", "fdd0", "fdef", "fffe", "ffff"})
    void each_control_and_reordering_character_becomes_a_visible_escape(String hex) throws IOException {
        char c = (char) Integer.parseInt(hex, 16);
        assertThat(written("a" + c + "b")).isEqualTo("a\\u" + hex + "b");
    }

    @Test
    void every_message_of_the_command_line_goes_through_it() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"simulate", "--set", "sit.limit=\u202e\u001b]0;PWNED\u000745m", "x"},
                OutputStream.nullOutputStream(), Main.errorWriter(err));

        assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
        assertThat(err.toByteArray()).doesNotContain(0x1b, 0x07);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\u202e")
                .contains("sit.limit=\\u202e\\u001b]0;PWNED\\u000745m");
    }

    @Test
    void line_ends_tabs_and_printable_text_stay_as_they_are() throws IOException {
        String text = "Zeile 1\tä ß 漢字 😀 \\u001b is text\r\nline 2\n";
        assertThat(written(text)).isEqualTo(text);
    }

    @Test
    void a_carriage_return_is_kept_only_before_a_line_feed_even_across_writes() throws IOException {
        assertThat(written("one\r", "\ntwo\r", "x\r")).isEqualTo("one\r\ntwo\\u000dx\\u000d");
    }

    @Property(tries = 200)
    void nothing_that_drives_a_terminal_gets_through_whatever_the_chunks(
            @ForAll("hostileText") String text, @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 40) Integer> cuts)
            throws IOException {
        String output = written(split(text, cuts));
        for (int i = 0; i < output.length(); i += Character.charCount(output.codePointAt(i))) {
            int c = output.codePointAt(i);
            boolean lineEnd = c == '\n' || c == '\r' && output.startsWith("\n", i + 1);
            assertThat(TerminalText.isEscaped(c) && !lineEnd).as("U+%04x at %d in %s", c, i, output).isFalse();
        }
        assertThat(output).isEqualTo(written(text)).isEqualTo(TerminalText.escapeLines(text));
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\t' || c == '\n')) {
            assertThat(output).isEqualTo(text);
        }
    }

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<Character> hostile = Arbitraries.of('\u001b', '\u0007', '\r', '\n', '\t', '\u0000', '\u007f', '\u009b',
                '\u202e', '\u2066', '\u2028', '\u200f', '\ud83f', '\udffe', '\ud83d', '\ude00', '\ufffe', ']', ';', '\\',
                'u');
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, hostile),
                        net.jqwik.api.Tuple.of(2, Arbitraries.chars().all()),
                        net.jqwik.api.Tuple.of(5, Arbitraries.chars().alpha()))
                .list().ofMaxSize(60).map(chars -> {
                    StringBuilder text = new StringBuilder();
                    chars.forEach(text::append);
                    return text.toString();
                });
    }

    private static String[] split(String text, List<Integer> cuts) {
        List<Integer> at = cuts.stream().map(cut -> Math.min(cut, text.length())).sorted().toList();
        String[] parts = new String[at.size() + 1];
        int from = 0;
        for (int i = 0; i < at.size(); i++) {
            parts[i] = text.substring(from, at.get(i));
            from = at.get(i);
        }
        parts[at.size()] = text.substring(from);
        return parts;
    }
}
