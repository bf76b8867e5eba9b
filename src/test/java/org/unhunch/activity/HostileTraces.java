package org.unhunch.activity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.unhunch.sitting.Observation;

/**
 * Generators of hostile trace files for property tests: valid traces (blanks, comments, CRLF, a
 * byte order mark) mutated by replaced, inserted and deleted bytes, huge numbers, odd Unicode,
 * invalid UTF-8, long lines and lines out of order; and plain random bytes.
 */
public final class HostileTraces {

    private static final List<String> WIRE_NAMES = Arrays.stream(Observation.values()).map(Observation::wireName)
            .toList();

    private HostileTraces() {
    }

    /** Valid traces with up to four mutations each: about half are still valid. */
    public static Arbitrary<byte[]> mutated() {
        return Combinators.combine(validTraces(), mutation().list().ofMaxSize(4))
                .as((trace, mutations) -> {
                    byte[] content = trace;
                    for (Mutation mutation : mutations) {
                        content = mutation.apply(content);
                    }
                    return content;
                });
    }

    /** Up to 300 random bytes, most of them ones the format gives a meaning to. */
    public static Arbitrary<byte[]> randomBytes() {
        Arbitrary<Byte> likely = Arbitraries.of((byte) '\n', (byte) ' ', (byte) '\t', (byte) '.', (byte) '#',
                (byte) '0', (byte) '7', (byte) 'k', (byte) 'e', (byte) 'y', (byte) '\r', (byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF, (byte) 0xC3, (byte) 0x80);
        return Arbitraries.frequencyOf(Tuple.of(2, likely), Tuple.of(1, Arbitraries.bytes()))
                .list().ofMaxSize(300)
                .map(bytes -> {
                    byte[] content = new byte[bytes.size()];
                    for (int i = 0; i < content.length; i++) {
                        content[i] = bytes.get(i);
                    }
                    return content;
                });
    }

    /** Valid traces: observations at non-decreasing times, with blanks, comments, CRLF and a byte order mark. */
    private static Arbitrary<byte[]> validTraces() {
        Arbitrary<String> blanks = Arbitraries.strings().withChars(' ', '\t').ofMaxLength(3);
        Arbitrary<Long> steps = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(0, 600_000)),
                Tuple.of(1, Arbitraries.longs().between(0, 9_000_000_000_000L)));
        Arbitrary<String> comment = Arbitraries.strings().all().ofMaxLength(40).map(text -> "# " + text
                .replace('\n', ' ').replace('\r', ' '));
        Arbitrary<String> separator = Arbitraries.strings().withChars(' ', '\t').ofMinLength(1).ofMaxLength(3);
        Arbitrary<Line> line = Combinators.combine(blanks, steps, separator, Arbitraries.of(WIRE_NAMES), blanks,
                Arbitraries.of(true, false)).as(Line::new);
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(30), comment.list().ofMaxSize(3),
                        Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((lines, comments, bom, finalNewline) -> {
                    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
                    comments.forEach(c -> text.append(c).append('\n'));
                    long millis = 0;
                    for (int i = 0; i < lines.size(); i++) {
                        Line l = lines.get(i);
                        millis += l.stepMillis();
                        text.append(l.leading()).append(SecondsFormat.format(millis * 1_000_000)).append(l.separator())
                                .append(l.name()).append(l.trailing()).append(l.crlf() ? "\r" : "");
                        if (i < lines.size() - 1 || finalNewline) {
                            text.append('\n');
                        }
                    }
                    return text.toString().getBytes(StandardCharsets.UTF_8);
                });
    }

    private record Line(String leading, long stepMillis, String separator, String name, String trailing,
                        boolean crlf) {
    }

    @FunctionalInterface
    private interface Mutation {
        byte[] apply(byte[] content);
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<byte[]> inserts = Arbitraries.of(
                "99999999999999999999999999", "9000000000", "9000000000.9999999999", "9000000001", "0.00000000050",
                "-1", "1e3", "1..2", ".", "NaN", "\u202e", "\u0000", "\u001b]0;PWNED\u0007", "😀", "\uFEFF", "\uFFFF",
                "KEY", "key ", " tick", "#", "\r", "\n", "\n\n", "\t")
                .map(text -> text.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> invalidUtf8 = Arbitraries.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF});
        Arbitrary<byte[]> longRuns = Combinators.combine(Arbitraries.of("9", "a", " ", "#", "0"),
                        Arbitraries.of(TraceReader.MAX_LINE_BYTES - 3, TraceReader.MAX_LINE_BYTES - 1, TraceReader.MAX_LINE_BYTES, TraceReader.MAX_LINE_BYTES + 1,
                                3 * TraceReader.MAX_LINE_BYTES))
                .as((text, length) -> text.repeat(length).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(
                Combinators.combine(where, Arbitraries.bytes()).as((at, b) -> content -> replace(content, at, b)),
                Combinators.combine(where, Arbitraries.frequencyOf(Tuple.of(4, inserts), Tuple.of(1, invalidUtf8),
                        Tuple.of(1, longRuns))).as((at, bytes) -> content -> insert(content, at, bytes)),
                Combinators.combine(where, Arbitraries.integers().between(1, 20)).as((at, n) -> content ->
                        delete(content, at, n)),
                Combinators.combine(where, where).as((a, b) -> content -> swapLines(content, a, b)));
    }

    private static int index(byte[] content, double at) {
        return (int) Math.min(content.length, Math.floor(at * (content.length + 1)));
    }

    private static byte[] replace(byte[] content, double at, byte b) {
        if (content.length == 0) {
            return content;
        }
        byte[] changed = content.clone();
        changed[Math.min(content.length - 1, index(content, at))] = b;
        return changed;
    }

    private static byte[] insert(byte[] content, double at, byte[] bytes) {
        int i = index(content, at);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(content, 0, i);
        out.writeBytes(bytes);
        out.write(content, i, content.length - i);
        return out.toByteArray();
    }

    private static byte[] delete(byte[] content, double at, int n) {
        int i = index(content, at);
        int to = Math.min(content.length, i + n);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(content, 0, i);
        out.write(content, to, content.length - to);
        return out.toByteArray();
    }

    /** Two lines change places: times that go backwards, a comment after the data. */
    private static byte[] swapLines(byte[] content, double a, double b) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(content, StandardCharsets.ISO_8859_1)
                .split("\n", -1)));
        int i = (int) Math.min(lines.size() - 1, Math.floor(a * lines.size()));
        int j = (int) Math.min(lines.size() - 1, Math.floor(b * lines.size()));
        String kept = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, kept);
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }
}
