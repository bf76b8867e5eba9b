package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateCommandTest {

    private static final String SUMMARY_NO_SESSION = "{\"event\":\"summary\",\"sessions\":0,\"prompts\":0,\"held\":0,\"done\":0,"
            + "\"partial\":0,\"skipped\":0,\"snoozed\":0,\"ignored\":0,\"natural_breaks\":0,\"stray_answers\":0,"
            + "\"total_sitting_s\":0.0,\"longest_sitting_s\":0.0}";

    @TempDir
    Path dir;

    private Path trace(String... lines) throws IOException {
        Path file = dir.resolve("day.trace");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void prints_each_event_as_a_json_line_then_the_summary() throws IOException {
        CliRun run = CliRun.of("simulate", trace("# a short day", "", "0 key", "100.25 pointer", "500 tick").toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly(
                "{\"t\":0.0,\"event\":\"sitting_started\",\"away_s\":null}",
                "{\"t\":400.25,\"event\":\"sitting_ended\",\"ended_at\":100.25,\"sitting_s\":100.25,\"reason\":\"idle\"}",
                "{\"event\":\"summary\",\"sessions\":1,\"prompts\":0,\"held\":0,\"done\":0,\"partial\":0,\"skipped\":0,"
                        + "\"snoozed\":0,\"ignored\":0,\"natural_breaks\":1,\"stray_answers\":0,"
                        + "\"total_sitting_s\":100.25,\"longest_sitting_s\":100.25}");
    }

    @Test
    void set_changes_the_model_settings_for_the_replay() throws IOException {
        Path file = trace("0 key", "70 key");
        assertThat(CliRun.of("simulate", file.toString()).outLines()).hasSize(3);
        CliRun run = CliRun.of("simulate", "--set", "break.gap=1m", "--set", "sit.limit=10m", file.toString());
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).startsWith(
                "{\"t\":0.0,\"event\":\"sitting_started\",\"away_s\":null}",
                "{\"t\":60.0,\"event\":\"sitting_ended\",\"ended_at\":0.0,\"sitting_s\":0.0,\"reason\":\"idle\"}",
                "{\"t\":70.0,\"event\":\"sitting_started\",\"away_s\":70.0}");
    }

    @Test
    void a_trace_with_only_non_activity_still_prints_a_summary() throws IOException {
        CliRun run = CliRun.of("simulate", trace("5 tick", "6 skip").toString());
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly(SUMMARY_NO_SESSION.replace("\"stray_answers\":0", "\"stray_answers\":1"));
    }

    @Test
    void times_with_many_decimals_print_with_at_most_three() throws IOException {
        CliRun run = CliRun.of("simulate", trace("0.0004 key", "1.23456789 key", "301.2349 tick").toString());
        assertThat(run.outLines()).contains(
                "{\"t\":0.0,\"event\":\"sitting_started\",\"away_s\":null}",
                "{\"t\":301.235,\"event\":\"sitting_ended\",\"ended_at\":1.235,\"sitting_s\":1.234,\"reason\":\"idle\"}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "times that go backwards   | 0 key;10 key;# note;5 key      | day.trace:4: time 5 is earlier than the time on line 2",
        "an unknown observation    | 0 key;10 click                  | day.trace:2: unknown observation 'click'; known: key, pointer",
        "a negative time           | -1 key                          | day.trace:1: '-1' is not a time in seconds",
        "an exponent               | 1e3 key                         | day.trace:1: '1e3' is not a time in seconds",
        "a missing observation     | 0 key;12                        | day.trace:2: no observation after the time",
        "extra text                | 0 key please                    | day.trace:1: unexpected text after 'key': 'please'",
        "garbage                   | 0 key;}{ garbage                | day.trace:2: '}{' is not a time in seconds",
        "a name in capitals        | 0 KEY                           | day.trace:1: unknown observation 'KEY'",
        "a time too large          | 99999999999999999999 key        | day.trace:1: time 99999999999999999999 is too large",
        "only comments             | # nothing;;#more                | day.trace: no observations, only blank or comment lines",
    })
    void malformed_traces_stop_with_file_line_and_status_2(String what, String lines, String message)
            throws IOException {
        CliRun run = CliRun.of("simulate", trace(lines.split(";")).toString());
        assertThat(run.status()).as(what).isEqualTo(2);
        assertThat(run.err()).startsWith("unhunch simulate: " + dir.resolve("day.trace").toString().replace("day.trace", ""))
                .contains(message);
        assertThat(run.out()).doesNotContain("summary");
    }

    @Test
    void events_before_a_bad_line_are_printed_and_the_summary_is_not() throws IOException {
        CliRun run = CliRun.of("simulate", trace("0 key", "1 key", "oops").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.outLines()).containsExactly("{\"t\":0.0,\"event\":\"sitting_started\",\"away_s\":null}");
        assertThat(run.err()).contains("day.trace:3: 'oops' is not a time in seconds");
    }

    @Test
    void an_empty_file_is_an_error() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.trace"));
        CliRun run = CliRun.of("simulate", empty.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("unhunch simulate: " + empty + ": the file is empty; a trace needs at least one"
                + " observation" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_file_that_does_not_exist_is_an_error() {
        Path missing = dir.resolve("nowhere.trace");
        CliRun run = CliRun.of("simulate", missing.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(missing + ": no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_directory_is_an_error() {
        CliRun run = CliRun.of("simulate", dir.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(dir + ": is a directory, not a trace file");
    }

    @Test
    void an_unreadable_file_is_an_error() throws IOException {
        Path locked = trace("0 key");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who can read anything");
        CliRun run = CliRun.of("simulate", locked.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("cannot be read");
    }

    @Test
    void text_that_is_not_utf8_is_an_error_naming_the_line() throws IOException {
        Path file = dir.resolve("latin1.trace");
        Files.write(file, new byte[] {'0', ' ', 'k', 'e', 'y', '\n', '#', ' ', (byte) 0xE9, '\n'});
        CliRun run = CliRun.of("simulate", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("latin1.trace:2: not UTF-8 text");
    }

    @ParameterizedTest(name = "--set {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "sit.limit=5m        | sit.limit=5m: out of range; allowed 10m–3h",
        "sit.limit=4h        | sit.limit=4h: out of range; allowed 10m–3h",
        "sit.limit=45        | sit.limit=45: '45' needs a unit (h, m or s) after 45",
        "sit.limit=45 minutes| sit.limit=45 minutes: '45 minutes' is not a duration",
        "sit.limit=m         | sit.limit=m: 'm' is not a duration such as 90s, 5m, 1h or 1h30m",
        "sit.limit=30m1h     | sit.limit=30m1h: '30m1h' is not a duration",
        "sit.limit=          | sit.limit=: empty; expected a duration",
        "sit.limt=50m        | sit.limt=50m: unknown setting; known settings are sit.limit, break.gap, prompt.pause",
        "snooze=0s           | snooze=0s: out of range; allowed 1m–1h",
        "prompt.pause=31s    | prompt.pause=31s: out of range; allowed 0s–30s",
        "engaged.limit=9m    | engaged.limit=9m: out of range; allowed 10m–8h",
        "engaged.limit=8h1s  | engaged.limit=8h1s: out of range; allowed 10m–8h",
        "sit.limit           | 'sit.limit' is not key=value (for example sit.limit=50m)",
    })
    void bad_settings_are_refused_before_the_trace_is_read(String assignment, String message) throws IOException {
        CliRun run = CliRun.of("simulate", "--set", assignment, trace("0 key").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("unhunch simulate: bad --set ").contains(message);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void an_engaged_limit_shorter_than_the_break_gap_is_refused_before_the_trace_is_read() throws IOException {
        CliRun run = CliRun.of("simulate", "--set", "break.gap=20m", "--set", "engaged.limit=15m",
                trace("0 key").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("unhunch simulate: bad --set engaged.limit=15m: must not be shorter than"
                + " break.gap (20m)" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void set_engaged_limit_changes_how_long_a_quiet_spell_while_engaged_may_last() throws IOException {
        Path file = trace("0 key", "10 engaged", "20 key", "5000 tick");
        assertThat(CliRun.of("simulate", file.toString()).outLines()).first()
                .isEqualTo("{\"t\":0.0,\"event\":\"sitting_started\",\"away_s\":null}");
        assertThat(CliRun.of("simulate", file.toString()).outLines()).element(1)
                .isEqualTo("{\"t\":2700.0,\"event\":\"break_due\",\"sitting_s\":2700.0}");
        CliRun run = CliRun.of("simulate", "--set", "engaged.limit=10m", file.toString());
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).startsWith(
                "{\"t\":0.0,\"event\":\"sitting_started\",\"away_s\":null}",
                "{\"t\":620.0,\"event\":\"sitting_ended\",\"ended_at\":20.0,\"sitting_s\":20.0,\"reason\":\"idle\"}");
    }

    @Test
    void a_held_prompt_is_a_line_with_the_sitting_time_and_is_counted_in_the_summary() throws IOException {
        CliRun run = CliRun.of("simulate", trace("0 input", "1 engaged", "2600 busy", "2650 key", "2800 free",
                "2810 skip").toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly(
                "{\"t\":0.0,\"event\":\"sitting_started\",\"away_s\":null}",
                "{\"t\":2700.0,\"event\":\"break_due\",\"sitting_s\":2700.0}",
                "{\"t\":2700.0,\"event\":\"prompt_held\",\"sitting_s\":2700.0}",
                "{\"t\":2800.0,\"event\":\"prompt_shown\",\"sitting_s\":2800.0}",
                "{\"t\":2810.0,\"event\":\"break_skipped\"}",
                "{\"t\":2810.0,\"event\":\"sitting_ended\",\"ended_at\":2650.0,\"sitting_s\":2650.0,"
                        + "\"reason\":\"end\"}",
                "{\"event\":\"summary\",\"sessions\":1,\"prompts\":1,\"held\":1,\"done\":0,\"partial\":0,"
                        + "\"skipped\":1,\"snoozed\":0,\"ignored\":0,\"natural_breaks\":0,\"stray_answers\":0,"
                        + "\"total_sitting_s\":2650.0,\"longest_sitting_s\":2650.0}");
    }

    @Test
    void a_bad_setting_is_reported_even_when_the_trace_is_missing() {
        CliRun run = CliRun.of("simulate", "--set", "snooze=2h", dir.resolve("missing.trace").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("snooze=2h").doesNotContain("no such file");
    }

    @Test
    void a_missing_trace_argument_is_a_usage_error() {
        CliRun run = CliRun.of("simulate");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: 'TRACE'").contains("Usage: unhunch simulate");
    }

    @Test
    void help_documents_the_trace_format_and_every_setting() {
        CliRun run = CliRun.of("simulate", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("Usage: unhunch simulate", "--set=KEY=VALUE", "Trace format", "<t> <observation>",
                        "pause, resume", "engaged, disengaged", "busy, free", "input", "prompt_held", "Exit status:")
                .contains("sit.limit", "45m", "10m–3h")
                .contains("break.gap", "prompt.pause", "prompt.maxWait", "prompt.timeout", "snooze")
                .contains("engaged.limit", "2h", "10m–8h");
    }
}
