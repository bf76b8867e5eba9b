package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code simulate --starting}: a date the break log can hold, or a clear refusal. */
class SimulateStartingTest {

    @TempDir
    Path dir;

    private Path trace(String... lines) throws IOException {
        return Files.writeString(dir.resolve("day.trace"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+999999999-12-31T23:59:59", "-999999999-01-01T00:00", "+10000-01-01T00:00",
        "1969-12-31T23:59:59"})
    void a_start_out_of_range_is_bad_input_named_in_one_line(String starting) throws IOException {
        CliRun run = CliRun.of("simulate", "--record-into", dir.resolve("data").toString(), "--starting", starting,
                trace("0 key", "100 key", "2000 tick").toString());
        assertThat(run.status()).isEqualTo(ExitStatus.BAD_INPUT);
        assertThat(run.err()).isEqualTo("unhunch simulate: --starting " + starting + " is out of range;"
                + " allowed 1970-01-01T00:00 to 9999-12-31T23:59:59" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"garbage", "2026-13-01T08:00", "2026-12-02", "2026-12-02T08:00+01:00", " 2026-12-02T08:00",
        "\u001b]0;x\u0007"})
    void a_start_that_is_no_local_date_and_time_is_bad_input_said_plainly(String starting) throws IOException {
        CliRun run = CliRun.of("simulate", "--starting", starting, trace("0 key").toString());
        assertThat(run.status()).isEqualTo(ExitStatus.BAD_INPUT);
        assertThat(run.err()).contains("--starting")
                .contains(" is not a local date and time such as " + java.time.LocalDate.now() + "T08:00")
                .doesNotContain("Exception").doesNotContain("cannot convert").doesNotContain("\u001b");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void the_latest_start_with_a_short_trace_is_recorded_and_read_back() throws IOException {
        Path data = dir.resolve("data");
        CliRun run = CliRun.of("simulate", "--record-into", data.toString(), "--starting", "9999-12-31T23:00",
                trace("0 key", "100 key", "2000 tick").toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(exported(data)).contains("9999-12-31T23:").doesNotContain("could not be read");
    }

    @Test
    void a_trace_that_runs_past_what_the_log_holds_is_bad_input_and_nothing_unreadable_is_written()
            throws IOException {
        Path data = dir.resolve("data");
        CliRun run = CliRun.of("simulate", "--record-into", data.toString(), "--starting", "9999-12-31T23:59:59",
                trace("0 key", "8999999999.999999999 key", "9000000000 tick").toString());
        assertThat(run.status()).isEqualTo(ExitStatus.BAD_INPUT);
        assertThat(run.err()).startsWith("unhunch simulate: the break log of --record-into cannot hold the"
                + " sitting_ended at t = ").contains("--starting 9999-12-31T23:59:59").contains("out of range")
                .doesNotContain("Exception");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(exported(data)).as("every row written is read back").doesNotContain("could not be read");
    }

    @Test
    void a_years_long_absence_is_more_than_the_log_holds() throws IOException {
        Path data = dir.resolve("data");
        CliRun run = CliRun.of("simulate", "--record-into", data.toString(), "--starting", "2026-01-05T08:00",
                trace("0 key", "9000000000 key").toString());
        assertThat(run.status()).isEqualTo(ExitStatus.BAD_INPUT);
        assertThat(run.err()).contains("away_s of 9.0E9 s is out of range");
        assertThat(exported(data)).doesNotContain("could not be read");
    }

    /** What 'export' makes of the log in {@code data}, standard output and error together. */
    private static String exported(Path data) {
        String before = System.getProperty(org.unhunch.agent.DataDirectory.PROPERTY);
        System.setProperty(org.unhunch.agent.DataDirectory.PROPERTY, data.toString());
        try {
            CliRun export = CliRun.of("export", "--format", "csv", "--from", "1970-01-01", "--to", "9999-12-31");
            assertThat(export.status()).as(export.err()).isZero();
            return export.out() + export.err();
        } finally {
            if (before == null) {
                System.clearProperty(org.unhunch.agent.DataDirectory.PROPERTY);
            } else {
                System.setProperty(org.unhunch.agent.DataDirectory.PROPERTY, before);
            }
        }
    }

    @Test
    void the_earliest_start_is_recorded() throws IOException {
        CliRun run = CliRun.of("simulate", "--record-into", dir.resolve("data").toString(), "--starting",
                "1970-01-01T00:00", trace("0 key", "100 key").toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
    }
}
