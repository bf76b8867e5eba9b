package org.unhunch.activity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.unhunch.sitting.Observation;

/**
 * Streams a trace file ({@code <t> <observation>} per line, {@code t} in seconds) as observations
 * with nanosecond times. Blank lines and lines starting with {@code #} are skipped. The whole file is
 * never held in memory.
 */
public final class TraceReader {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long MAX_SECONDS = Long.MAX_VALUE / NANOS_PER_SECOND - 1;
    private static final String KNOWN_NAMES = Arrays.stream(Observation.values())
            .map(Observation::wireName)
            .collect(Collectors.joining(", "));

    private final Path file;

    public TraceReader(Path file) {
        this.file = file;
    }

    /**
     * Reads the whole file into {@code sink}.
     *
     * @return the number of observations read
     * @throws TraceFormatException at the first line that is not a valid observation, or if times go backwards
     * @throws IOException if the file cannot be read
     */
    public long readInto(TraceObservationSink sink) throws IOException, TraceFormatException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long lineNumber = 0;
        long observations = 0;
        long previousT = -1;
        long previousLine = 0;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            String line;
            while ((line = readLine(reader, lineNumber + 1)) != null) {
                lineNumber++;
                int start = skipBlanks(line, 0);
                if (start == line.length() || line.charAt(start) == '#') {
                    continue;
                }
                int timeEnd = skipToken(line, start);
                long t = parseSeconds(line, start, timeEnd, lineNumber);
                int nameStart = skipBlanks(line, timeEnd);
                int nameEnd = skipToken(line, nameStart);
                if (nameStart == nameEnd) {
                    throw error(lineNumber, "no observation after the time; expected '<t> <observation>'");
                }
                String name = line.substring(nameStart, nameEnd);
                Observation observation = Observation.fromWireName(name);
                if (observation == null) {
                    throw error(lineNumber, "unknown observation '" + name + "'; known: " + KNOWN_NAMES);
                }
                if (skipBlanks(line, nameEnd) != line.length()) {
                    throw error(lineNumber, "unexpected text after '" + name + "': '"
                            + line.substring(skipBlanks(line, nameEnd)).strip() + "'");
                }
                if (t < previousT) {
                    throw error(lineNumber, "time " + line.substring(start, timeEnd)
                            + " is earlier than the time on line " + previousLine + "; times must not decrease");
                }
                previousT = t;
                previousLine = lineNumber;
                observations++;
                sink.accept(observation, t);
            }
        }
        if (observations == 0) {
            throw new TraceFormatException(file, TraceFormatException.WHOLE_FILE, lineNumber == 0
                    ? "the file is empty; a trace needs at least one observation"
                    : "no observations, only blank or comment lines");
        }
        return observations;
    }

    private String readLine(BufferedReader reader, long lineNumber) throws IOException, TraceFormatException {
        try {
            return reader.readLine();
        } catch (CharacterCodingException e) {
            throw error(lineNumber, "not UTF-8 text");
        }
    }

    private static int skipBlanks(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int skipToken(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
            i++;
        }
        return i;
    }

    /** Parses {@code digits[.digits]} seconds exactly into nanoseconds, rounding beyond the ninth decimal. */
    private long parseSeconds(String line, int start, int end, long lineNumber) throws TraceFormatException {
        long seconds = 0;
        long nanos = 0;
        long scale = NANOS_PER_SECOND / 10;
        boolean digits = false;
        boolean fraction = false;
        boolean roundUp = false;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c == '.' && !fraction) {
                fraction = true;
            } else if (c >= '0' && c <= '9') {
                digits = true;
                if (!fraction) {
                    seconds = seconds * 10 + (c - '0');
                    if (seconds > MAX_SECONDS) {
                        throw error(lineNumber, "time " + line.substring(start, end) + " is too large");
                    }
                } else if (scale > 0) {
                    nanos += (c - '0') * scale;
                    scale /= 10;
                } else if (scale == 0) {
                    roundUp = c >= '5';
                    scale = -1;
                }
            } else {
                throw error(lineNumber, "'" + line.substring(start, end)
                        + "' is not a time in seconds (digits, a decimal point allowed, not negative)");
            }
        }
        if (!digits) {
            throw error(lineNumber, "'" + line.substring(start, end) + "' is not a time in seconds");
        }
        return seconds * NANOS_PER_SECOND + nanos + (roundUp ? 1 : 0);
    }

    private TraceFormatException error(long lineNumber, String problem) {
        return new TraceFormatException(file, lineNumber, problem);
    }
}
