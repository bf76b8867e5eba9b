package org.unhunch.activity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.unhunch.sitting.Observation;

/**
 * Streams a trace file ({@code <t> <observation>} per line, {@code t} in seconds) as observations
 * with nanosecond times. Blank lines and lines starting with {@code #} (of any length) are skipped.
 * The file is read in blocks and never held in memory whole; any other line longer than
 * {@value #MAX_LINE_BYTES} bytes is refused.
 */
public final class TraceReader {

    static final int MAX_LINE_BYTES = 4096;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** About 285 years: room left on a nanosecond axis for the model's deadlines after the last time. */
    private static final long MAX_SECONDS = 9_000_000_000L;
    private static final Observation[] OBSERVATIONS = Observation.values();
    private static final byte[][] NAMES = Arrays.stream(OBSERVATIONS)
            .map(observation -> observation.wireName().getBytes(StandardCharsets.US_ASCII))
            .toArray(byte[][]::new);
    private static final String KNOWN_NAMES = Arrays.stream(OBSERVATIONS)
            .map(Observation::wireName)
            .collect(Collectors.joining(", "));

    private final Path file;
    private final byte[] line = new byte[MAX_LINE_BYTES];
    private long lineNumber;
    private long previousT = -1;
    private long previousLine;
    private long observations;

    public TraceReader(Path file) {
        this.file = file;
    }

    /**
     * Reads the whole file into {@code sink}. A reader reads once.
     *
     * @return the number of observations read
     * @throws TraceFormatException at the first line that is not a valid observation, or if times go backwards
     * @throws IOException if the file cannot be read
     */
    public long readInto(TraceObservationSink sink) throws IOException, TraceFormatException {
        byte[] block = new byte[1 << 16];
        int length = 0;
        boolean longComment = false;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(block)) > 0) {
                for (int i = 0; i < read; i++) {
                    byte b = block[i];
                    if (b == '\n') {
                        if (longComment) {
                            lineNumber++;
                            longComment = false;
                        } else {
                            parseLine(length, sink);
                        }
                        length = 0;
                    } else if (longComment) {
                        continue;
                    } else if (length == MAX_LINE_BYTES) {
                        if (!isComment(length)) {
                            throw error(lineNumber + 1, "line longer than " + MAX_LINE_BYTES + " bytes");
                        }
                        longComment = true;
                    } else {
                        line[length++] = b;
                    }
                }
            }
        }
        if (longComment) {
            lineNumber++;
        } else if (length > 0) {
            parseLine(length, sink);
        }
        if (observations == 0) {
            throw new TraceFormatException(file, TraceFormatException.WHOLE_FILE, lineNumber == 0
                    ? "the file is empty; a trace needs at least one observation"
                    : "no observations, only blank or comment lines");
        }
        return observations;
    }

    private void parseLine(int length, TraceObservationSink sink) throws TraceFormatException {
        lineNumber++;
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        int start = lineNumber == 1 ? skipByteOrderMark(end) : 0;
        start = skipBlanks(start, end);
        if (start == end) {
            return;
        }
        if (line[start] == '#') {
            requireUtf8(start, end);
            return;
        }
        int timeEnd = skipToken(start, end);
        long t = parseSeconds(start, timeEnd);
        int nameStart = skipBlanks(timeEnd, end);
        int nameEnd = skipToken(nameStart, end);
        if (nameStart == nameEnd) {
            throw error(lineNumber, "no observation after the time; expected '<t> <observation>'");
        }
        Observation observation = observationNamed(nameStart, nameEnd);
        if (observation == null) {
            throw error(lineNumber, "unknown observation '" + text(nameStart, nameEnd) + "'; known: " + KNOWN_NAMES);
        }
        int rest = skipBlanks(nameEnd, end);
        if (rest != end) {
            throw error(lineNumber, "unexpected text after '" + observation.wireName() + "': '"
                    + text(rest, end).strip() + "'");
        }
        if (t < previousT) {
            throw error(lineNumber, "time " + text(start, timeEnd) + " is earlier than the time on line "
                    + previousLine + "; times must not decrease");
        }
        previousT = t;
        previousLine = lineNumber;
        observations++;
        sink.accept(observation, t);
    }

    /** Whether the line read so far is a comment (a long one is skipped without being kept). */
    private boolean isComment(int length) {
        int start = skipBlanks(lineNumber == 0 ? skipByteOrderMark(length) : 0, length);
        return start < length && line[start] == '#';
    }

    private int skipByteOrderMark(int end) {
        boolean bom = end >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
        return bom ? 3 : 0;
    }

    private int skipBlanks(int from, int end) {
        int i = from;
        while (i < end && (line[i] == ' ' || line[i] == '\t')) {
            i++;
        }
        return i;
    }

    private int skipToken(int from, int end) {
        int i = from;
        while (i < end && line[i] != ' ' && line[i] != '\t') {
            i++;
        }
        return i;
    }

    private Observation observationNamed(int start, int end) {
        int length = end - start;
        for (int n = 0; n < NAMES.length; n++) {
            byte[] name = NAMES[n];
            if (name.length == length && Arrays.equals(line, start, end, name, 0, length)) {
                return OBSERVATIONS[n];
            }
        }
        return null;
    }

    /** Parses {@code digits[.digits]} seconds exactly into nanoseconds, rounding beyond the ninth decimal. */
    private long parseSeconds(int start, int end) throws TraceFormatException {
        long seconds = 0;
        long nanos = 0;
        long scale = NANOS_PER_SECOND / 10;
        boolean digits = false;
        boolean fraction = false;
        boolean roundUp = false;
        for (int i = start; i < end; i++) {
            int c = line[i];
            if (c == '.' && !fraction) {
                fraction = true;
            } else if (c >= '0' && c <= '9') {
                digits = true;
                if (!fraction) {
                    seconds = seconds * 10 + (c - '0');
                    if (seconds > MAX_SECONDS) {
                        throw error(lineNumber, "time " + text(start, end) + " is too large");
                    }
                } else if (scale > 0) {
                    nanos += (c - '0') * scale;
                    scale /= 10;
                } else if (scale == 0) {
                    roundUp = c >= '5';
                    scale = -1;
                }
            } else {
                throw error(lineNumber, "'" + text(start, end)
                        + "' is not a time in seconds (digits, a decimal point allowed, not negative)");
            }
        }
        if (!digits) {
            throw error(lineNumber, "'" + text(start, end) + "' is not a time in seconds");
        }
        return seconds * NANOS_PER_SECOND + nanos + (roundUp ? 1 : 0);
    }

    private void requireUtf8(int start, int end) throws TraceFormatException {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line, start, end - start));
        } catch (CharacterCodingException e) {
            throw error(lineNumber, "not UTF-8 text");
        }
    }

    /** Part of the line for a message; bytes that are not UTF-8 show as U+FFFD. */
    private String text(int start, int end) {
        return new String(line, start, end - start, StandardCharsets.UTF_8);
    }

    private TraceFormatException error(long at, String problem) {
        return new TraceFormatException(file, at, problem);
    }
}
