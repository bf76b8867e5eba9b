package org.unhunch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.sitting.Observation;

/**
 * The person's answers to the headless agent, one word a line on standard input: start, done,
 * skip, snooze, pause or resume, in any case and with blanks around. Anything else is named on
 * standard error and skipped; a line longer than {@value #MAX_LINE_CHARS} characters is skipped
 * whole without being kept.
 */
final class AnswerReader {

    static final int MAX_LINE_CHARS = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(AnswerReader.class);
    private static final Set<Observation> ANSWERS = Set.of(Observation.START, Observation.DONE, Observation.SKIP,
            Observation.SNOOZE, Observation.PAUSE, Observation.RESUME);

    private final InputStream in;
    private final PrintWriter err;

    AnswerReader(InputStream in, PrintWriter err) {
        this.in = in;
        this.err = err;
    }

    /** Reads answers into {@code answers} until the input ends or cannot be read; the agent goes on after that. */
    void readInto(Consumer<Observation> answers) {
        BoundedLineReader lines = new BoundedLineReader(new InputStreamReader(in, StandardCharsets.UTF_8),
                MAX_LINE_CHARS);
        try {
            BoundedLineReader.Line line;
            while ((line = lines.next()) != null) {
                if (line.tooLong()) {
                    err.println("unhunch run: a line of more than " + MAX_LINE_CHARS + " characters is not an answer;"
                            + " it is skipped");
                    continue;
                }
                String word = line.text().strip().toLowerCase(Locale.ROOT);
                if (word.isEmpty()) {
                    continue;
                }
                Observation answer = Observation.fromWireName(word);
                if (answer == null || !ANSWERS.contains(answer)) {
                    err.println("unhunch run: '" + word + "' is not an answer; use start, done, skip, snooze,"
                            + " pause or resume");
                    continue;
                }
                answers.accept(answer);
            }
        } catch (IOException e) {
            LOG.info("Standard input cannot be read ({}); answers are no longer read from it", e.getMessage());
        }
    }
}
