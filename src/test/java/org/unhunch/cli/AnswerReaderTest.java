package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unhunch.sitting.Observation;

class AnswerReaderTest {

    private final StringWriter err = new StringWriter();
    private final List<Observation> answers = new ArrayList<>();

    private void read(InputStream in) {
        new AnswerReader(in, new PrintWriter(err, true)).readInto(answers::add);
    }

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void takes_answers_in_any_case_with_blanks_and_any_line_end_and_names_what_is_not_one() {
        read(text("snooze\r\n  DONE \rskip\n\n\tpause\nsit\nresume\nkey\nstart"));

        assertThat(answers).containsExactly(Observation.SNOOZE, Observation.DONE, Observation.SKIP, Observation.PAUSE,
                Observation.RESUME, Observation.START);
        assertThat(err.toString().lines()).containsExactly(
                "unhunch run: 'sit' is not an answer; use start, done, skip, snooze, pause or resume",
                "unhunch run: 'key' is not an answer; use start, done, skip, snooze, pause or resume");
    }

    @Test
    void an_endless_line_is_skipped_whole_said_once_and_the_answers_after_it_are_read() {
        long length = 64L << 20;
        read(new SequenceInputStream(text("skip\n"), new SequenceInputStream(new Repeated('a', length),
                text("\nsnooze\n"))));

        assertThat(answers).containsExactly(Observation.SKIP, Observation.SNOOZE);
        assertThat(err.toString()).isEqualTo("unhunch run: a line of more than 1024 characters is not an answer;"
                + " it is skipped" + System.lineSeparator());
    }

    @Test
    void a_line_of_exactly_the_bound_is_read_as_a_line() {
        read(text(" ".repeat(1020) + "done\n" + " ".repeat(1021) + "done\n"));

        assertThat(answers).containsExactly(Observation.DONE);
        assertThat(err.toString()).contains("more than 1024 characters");
    }

    @Test
    void input_that_cannot_be_read_ends_the_answers_quietly_keeping_those_before() {
        read(new SequenceInputStream(text("start\n"), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        }));

        assertThat(answers).containsExactly(Observation.START);
        assertThat(err.toString()).isEmpty();
    }

    /** {@code length} bytes of {@code value}, made as they are read. */
    static final class Repeated extends InputStream {
        private final byte value;
        private long left;

        Repeated(char value, long length) {
            this.value = (byte) value;
            this.left = length;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, value);
            left -= n;
            return n;
        }
    }
}
