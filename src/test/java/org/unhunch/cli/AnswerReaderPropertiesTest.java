package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.unhunch.sitting.Observation;

/**
 * The answers on standard input of {@code run --headless} against any bytes: every line that is an
 * answer is taken, in order; every other non-blank line is named in exactly one message; nothing
 * is thrown and no line is kept beyond its bound.
 */
class AnswerReaderPropertiesTest {

    private static final Set<String> ANSWERS = Set.of("start", "done", "skip", "snooze", "pause", "resume");

    @Property(tries = 300)
    void answers_are_taken_in_order_and_everything_else_is_named_once(@ForAll("input") byte[] input) {
        List<Observation> taken = new ArrayList<>();
        StringWriter err = new StringWriter();

        new AnswerReader(new ByteArrayInputStream(input), new PrintWriter(err, true)).readInto(taken::add);

        List<Observation> expected = new ArrayList<>();
        int refused = 0;
        for (String line : lines(new String(input, StandardCharsets.UTF_8))) {
            String word = line.strip().toLowerCase(Locale.ROOT);
            if (line.length() > AnswerReader.MAX_LINE_CHARS) {
                refused++;
            } else if (ANSWERS.contains(word)) {
                expected.add(Observation.fromWireName(word));
            } else if (!word.isEmpty()) {
                refused++;
            }
        }
        assertThat(taken).containsExactlyElementsOf(expected);
        assertThat(err.toString().split(System.lineSeparator(), -1)).hasSize(refused + 1);
    }

    /** Lines as {@link java.io.BufferedReader#readLine()} splits them: at LF, CR or CRLF. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(line.toString());
                line.setLength(0);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                line.append(c);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    @Provide
    Arbitrary<byte[]> input() {
        Arbitrary<String> answer = Combinators.combine(Arbitraries.of(ANSWERS), Arbitraries.of(true, false),
                        Arbitraries.strings().withChars(' ', '\t', '\u00a0', '\u2003').ofMaxLength(3))
                .as((word, upper, blanks) -> blanks + (upper ? word.toUpperCase(Locale.ROOT) : word) + blanks);
        Arbitrary<String> other = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.of("key", "tick", "lock", "snooze please", "SKİP", "\u001b]0;x\u0007", "\uFEFFdone", ""),
                Combinators.combine(Arbitraries.of("a", "é", "😀", " done "), Arbitraries.integers().between(
                        AnswerReader.MAX_LINE_CHARS - 8, AnswerReader.MAX_LINE_CHARS + 8))
                        .as((part, length) -> part.repeat(length).substring(0, length)),
                Arbitraries.of("x", "skip").map(text -> text.repeat(20_000)));
        Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\r");
        Arbitrary<String> text = Combinators.combine(Arbitraries.frequencyOf(Tuple.of(2, answer), Tuple.of(3, other)),
                end).as(String::concat).list().ofMaxSize(12).map(parts -> String.join("", parts));
        Arbitrary<byte[]> encoded = text.map(t -> t.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        return Arbitraries.frequencyOf(Tuple.of(5, encoded), Tuple.of(1, raw));
    }
}
