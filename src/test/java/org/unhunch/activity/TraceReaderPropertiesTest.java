package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.unhunch.sitting.Observation;

/**
 * The trace reader against hostile files: random lines, mutations of valid traces, huge numbers,
 * odd Unicode, long lines. Each file is either read exactly as the format says (checked against a
 * plain reading of the format below) or refused with a {@link TraceFormatException} naming the line
 * of its first problem; never another exception, never a hang.
 */
class TraceReaderPropertiesTest {

    private static final int MAX_LINE_BYTES = TraceReader.MAX_LINE_BYTES;
    private static final BigInteger MAX_SECONDS = BigInteger.valueOf(9_000_000_000L);
    private static final List<String> NAMES = Arrays.stream(Observation.values()).map(Observation::wireName).toList();

    private static Path folder;

    /** What reading a file gives: the observations, or the line of the first problem (0: the file as a whole). */
    record Outcome(List<Read> reads, Long errorLine) {
        static Outcome error(long line) {
            return new Outcome(null, line);
        }
    }

    record Read(Observation observation, long t) {
    }

    @BeforeContainer
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("trace-fuzz");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @Property(tries = 250)
    void a_mutated_trace_is_read_as_the_format_says_or_refused_at_its_first_bad_line(
            @ForAll("mutatedTraces") byte[] content) {
        assertThat(read(content)).isEqualTo(reference(content));
    }

    @Property(tries = 100)
    void random_bytes_are_refused_at_a_line_or_read_as_the_format_says(@ForAll("randomBytes") byte[] content) {
        assertThat(read(content)).isEqualTo(reference(content));
    }

    @Property(tries = 100)
    void what_the_trace_writer_writes_is_read_back_to_the_millisecond(@ForAll("activity") List<List<Tuple.Tuple2<
            ActivityKind, Long>>> windows) throws IOException {
        FakeTicker ticker = new FakeTicker(0);
        ActivityRecorder recorder = new ActivityRecorder(ticker);
        StringWriter text = new StringWriter();
        List<Read> expected = new ArrayList<>();
        long now = 0;
        try (TraceWriter writer = new TraceWriter(text)) {
            writer.header("fuzz\nwith a line break");
            for (List<Tuple.Tuple2<ActivityKind, Long>> window : windows) {
                List<Read> inWindow = new ArrayList<>();
                for (Tuple.Tuple2<ActivityKind, Long> activity : window) {
                    now += activity.get2() * 1_000_000;
                    ticker.set(now);
                    recorder.record(activity.get1());
                }
                ActivityWindow drained = recorder.drain();
                for (ActivityKind kind : ActivityKind.values()) {
                    if (drained.first(kind) != ActivityRecorder.NONE) {
                        inWindow.add(new Read(kind.observation(), drained.first(kind)));
                        if (drained.latest(kind) != drained.first(kind)) {
                            inWindow.add(new Read(kind.observation(), drained.latest(kind)));
                        }
                    }
                }
                inWindow.sort((a, b) -> Long.compare(a.t(), b.t()));
                expected.addAll(inWindow);
                writer.write(drained, (reading, wall) -> reading);
            }
            now += 1_000_000;
            writer.end(now);
            expected.add(new Read(Observation.TICK, now));
        }
        byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);

        assertThat(read(content)).isEqualTo(new Outcome(expected, null)).isEqualTo(reference(content));
    }

    // ---- the reader under test, and the format read plainly

    private static Outcome read(byte[] content) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Path file = Files.write(folder.resolve("fuzz.trace"), content);
            List<Read> reads = new ArrayList<>();
            try {
                new TraceReader(file).readInto((observation, t) -> reads.add(new Read(observation, t)));
                return new Outcome(reads, null);
            } catch (TraceFormatException e) {
                String where = e.line() == TraceFormatException.WHOLE_FILE ? file + ": " : file + ":" + e.line() + ": ";
                assertThat(e.getMessage()).as("names the file and line").startsWith(where);
                assertThat(e.getMessage().length()).as("a message of one readable line").isLessThan(9000);
                return Outcome.error(e.line());
            }
        });
    }

    /** The trace format as TraceFormatHelp and the reader's documentation state it, read line by line. */
    static Outcome reference(byte[] content) {
        List<byte[]> lines = lines(content);
        List<Read> reads = new ArrayList<>();
        long previous = -1;
        for (int n = 1; n <= lines.size(); n++) {
            byte[] line = lines.get(n - 1);
            boolean first = n == 1;
            if (line.length > MAX_LINE_BYTES) {
                byte[] kept = Arrays.copyOf(line, MAX_LINE_BYTES);
                int start = blanksFrom(kept, first && hasBom(kept) ? 3 : 0, kept.length);
                if (start < kept.length && kept[start] == '#') {
                    continue;
                }
                return Outcome.error(n);
            }
            int end = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
            byte[] body = Arrays.copyOf(line, end);
            int start = blanksFrom(body, first && hasBom(body) ? 3 : 0, end);
            if (start == end) {
                continue;
            }
            if (body[start] == '#') {
                if (!isUtf8(Arrays.copyOfRange(body, start, end))) {
                    return Outcome.error(n);
                }
                continue;
            }
            List<String> tokens = tokens(body, start, end);
            Long t = seconds(tokens.get(0));
            if (t == null || tokens.size() != 2 || !NAMES.contains(tokens.get(1)) || t < previous) {
                return Outcome.error(n);
            }
            previous = t;
            reads.add(new Read(Observation.fromWireName(tokens.get(1)), t));
        }
        return reads.isEmpty() ? Outcome.error(0) : new Outcome(reads, null);
    }

    private static List<byte[]> lines(byte[] content) {
        List<byte[]> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                lines.add(Arrays.copyOfRange(content, from, i));
                from = i + 1;
            }
        }
        if (from < content.length) {
            lines.add(Arrays.copyOfRange(content, from, content.length));
        }
        return lines;
    }

    private static boolean hasBom(byte[] line) {
        return line.length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
    }

    private static int blanksFrom(byte[] line, int from, int end) {
        int i = from;
        while (i < end && (line[i] == ' ' || line[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** Tokens split at blanks, as Latin-1 text so that every byte stays one character. */
    private static List<String> tokens(byte[] line, int start, int end) {
        String text = new String(line, start, end - start, StandardCharsets.ISO_8859_1);
        return Arrays.stream(text.split("[ \t]+")).filter(token -> !token.isEmpty()).toList();
    }

    /** {@code digits[.digits]} seconds in nanoseconds, the tenth decimal rounding; null if malformed or too large. */
    private static Long seconds(String token) {
        if (!token.matches("[0-9]*\\.?[0-9]*") || !token.matches(".*[0-9].*")) {
            return null;
        }
        int point = token.indexOf('.');
        String whole = point < 0 ? token : token.substring(0, point);
        String fraction = point < 0 ? "" : token.substring(point + 1);
        BigInteger seconds = whole.isEmpty() ? BigInteger.ZERO : new BigInteger(whole);
        if (seconds.compareTo(MAX_SECONDS) > 0) {
            return null;
        }
        String nanos = (fraction + "000000000").substring(0, 9);
        boolean roundUp = fraction.length() > 9 && fraction.charAt(9) >= '5';
        return seconds.longValueExact() * 1_000_000_000L + Long.parseLong(nanos) + (roundUp ? 1 : 0);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedTraces() {
        return HostileTraces.mutated();
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return HostileTraces.randomBytes();
    }

    @Provide
    Arbitrary<List<List<Tuple.Tuple2<ActivityKind, Long>>>> activity() {
        Arbitrary<Tuple.Tuple2<ActivityKind, Long>> one = Combinators.combine(
                Arbitraries.of(ActivityKind.class), Arbitraries.longs().between(0, 5_000_000_000L))
                .as(Tuple::of);
        return one.list().ofMaxSize(6).list().ofMaxSize(8);
    }
}
