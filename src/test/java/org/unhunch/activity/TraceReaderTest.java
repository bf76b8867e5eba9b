package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.sitting.Observation;

class TraceReaderTest {

    @TempDir
    Path dir;

    private record Read(Observation observation, long t) {
    }

    private List<Read> read(byte[] content) throws IOException, TraceFormatException {
        Path file = dir.resolve("t.trace");
        Files.write(file, content);
        List<Read> reads = new ArrayList<>();
        new TraceReader(file).readInto((observation, t) -> reads.add(new Read(observation, t)));
        return reads;
    }

    private List<Read> read(String content) throws IOException, TraceFormatException {
        return read(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reads_every_observation_name_with_its_time_in_nanoseconds() throws Exception {
        StringBuilder trace = new StringBuilder();
        List<Read> expected = new ArrayList<>();
        long t = 0;
        for (Observation observation : Observation.values()) {
            trace.append(t).append(' ').append(observation.wireName()).append('\n');
            expected.add(new Read(observation, t * 1_000_000_000L));
            t += 7;
        }
        assertThat(read(trace.toString())).containsExactlyElementsOf(expected);
    }

    @Test
    void decimals_are_exact_to_the_nanosecond_and_rounded_beyond() throws Exception {
        assertThat(read("0.5 key\n2.000000001 key\n3.0000000004 key\n3.0000000005 key\n7. key\n1098.999 key\n"))
                .extracting(Read::t)
                .containsExactly(500_000_000L, 2_000_000_001L, 3_000_000_000L, 3_000_000_001L, 7_000_000_000L,
                        1_098_999_000_000L);
    }

    @Test
    void tolerates_crlf_tabs_extra_blanks_a_byte_order_mark_and_no_final_newline() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "0 key\r\n\t 5\t\tpointer  \r\n\r\n  # indented comment\n9 wheel".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);
        assertThat(read(content)).extracting(Read::observation)
                .containsExactly(Observation.KEY, Observation.POINTER, Observation.WHEEL);
    }

    @Test
    void equal_times_are_allowed() throws Exception {
        assertThat(read("5 start\n5 done\n")).hasSize(2);
    }

    @Test
    void comments_may_hold_any_utf8_text() throws Exception {
        assertThat(read("# Pause für Kaffee ☕\n1 key\n")).hasSize(1);
    }

    @Test
    void a_line_too_long_is_refused_with_its_number() {
        String longLine = "3 " + "x".repeat(TraceReader.MAX_LINE_BYTES + 10);
        assertThatThrownBy(() -> read("1 key\n" + longLine + "\n2 key\n"))
                .isInstanceOf(TraceFormatException.class)
                .hasMessageEndingWith("t.trace:2: line longer than 4096 bytes")
                .extracting(e -> ((TraceFormatException) e).line()).isEqualTo(2L);
    }

    @Test
    void a_comment_of_any_length_is_skipped_and_later_lines_keep_their_numbers() {
        String longComment = "  # " + "x".repeat(3 * TraceReader.MAX_LINE_BYTES);
        assertThatThrownBy(() -> read("1 key\n" + longComment + "\n2 key\nbad\n"))
                .hasMessageEndingWith("t.trace:4: 'bad' is not a time in seconds (digits, a decimal point allowed,"
                        + " not negative)");
    }

    @Test
    void the_error_names_the_file_and_line() {
        assertThatThrownBy(() -> read("# header\n\n1 key\n2 lunch\n"))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage(dir.resolve("t.trace") + ":4: unknown observation 'lunch'; known: key, pointer, wheel,"
                        + " input, lock, unlock, start, done, skip, snooze, pause, resume, engaged, disengaged, busy,"
                        + " free, tick");
    }

    @Test
    void a_second_decimal_point_is_malformed() {
        assertThatThrownBy(() -> read("1.2.3 key\n")).hasMessageContaining(":1: '1.2.3' is not a time in seconds");
    }

    @Test
    void a_lone_decimal_point_is_malformed() {
        assertThatThrownBy(() -> read(". key\n")).hasMessageContaining(":1: '.' is not a time in seconds");
    }
}
