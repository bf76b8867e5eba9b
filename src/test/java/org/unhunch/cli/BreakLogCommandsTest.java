package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.records.LoggedEvent;
import org.unhunch.records.SqliteBreakLog;
import org.unhunch.sitting.EventField;
import org.unhunch.sitting.EventFields;
import org.unhunch.sitting.EventType;
import org.unhunch.testing.DataFolderProperty;
import org.unhunch.testing.PosixModes;

/**
 * The exit statuses of the commands that read the break log: 0 done (also with no log yet, said on
 * standard error), 1 the log cannot be read or the output cannot be written, 2 a bad option; and
 * what they say about rows they could not read.
 */
class BreakLogCommandsTest {

    @TempDir
    Path data;

    private DataFolderProperty dataFolder;

    @BeforeEach
    void useTheTestsDataFolder() {
        dataFolder = DataFolderProperty.pointAt(data);
    }

    @AfterEach
    void restore() {
        dataFolder.close();
    }

    private Path log() {
        return data.resolve("breaks.db");
    }

    /** A log with two events of yesterday. */
    private void recordYesterday() throws Exception {
        OffsetDateTime yesterday = LocalDate.now().minusDays(1).atTime(10, 0).atZone(ZoneId.systemDefault())
                .toOffsetDateTime();
        try (SqliteBreakLog log = SqliteBreakLog.open(data, Clock.systemUTC(), Duration.ofDays(365), message -> { })) {
            log.record(new LoggedEvent(yesterday, EventFields.<OffsetDateTime>of(EventType.BREAK_DUE)
                    .seconds(EventField.SITTING_S, Duration.ofMinutes(45)), null, null));
            log.record(LoggedEvent.of(yesterday.plusMinutes(1), EventType.BREAK_SKIPPED));
        }
    }

    private void addRow(String values) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + log());
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO events (at_ms, utc_offset_s, type) VALUES (" + values + ")");
        }
    }

    private static long yesterdayMillis() {
        return LocalDate.now().minusDays(1).atTime(11, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    @Test
    void with_no_log_yet_stats_and_export_say_so_and_exit_0() {
        CliRun stats = CliRun.of("stats");
        CliRun export = CliRun.of("export", "--format", "csv");
        assertThat(stats.status()).isZero();
        assertThat(export.status()).isZero();
        assertThat(stats.err()).contains("no breaks recorded yet");
        assertThat(export.err()).contains("no breaks recorded yet");
    }

    @Test
    void a_log_that_is_not_a_database_makes_stats_and_export_exit_1_and_export_writes_no_file() throws Exception {
        Files.writeString(log(), "not a database, a shopping list".repeat(100));
        Path csv = data.resolve("out.csv");

        CliRun stats = CliRun.of("stats");
        CliRun json = CliRun.of("stats", "--json");
        CliRun export = CliRun.of("export", "--format", "csv", "--out", csv.toString());

        for (CliRun run : new CliRun[] {stats, json, export}) {
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).contains("the break log " + log() + " cannot be read").doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
        }
        assertThat(csv).doesNotExist();
    }

    @Test
    void a_log_of_a_newer_unhunch_or_another_application_makes_stats_exit_1() throws Exception {
        recordYesterday();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + log());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version=99");
        }
        CliRun newer = CliRun.of("stats");
        assertThat(newer.status()).isEqualTo(1);
        assertThat(newer.err()).contains("newer Unhunch");

        Files.delete(log());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + log());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE contacts (name TEXT)");
        }
        CliRun foreign = CliRun.of("export", "--format", "json");
        assertThat(foreign.status()).isEqualTo(1);
        assertThat(foreign.err()).contains("not an Unhunch break log").contains("contacts");
    }

    @Test
    void a_symbolic_link_in_place_of_the_log_makes_stats_and_export_exit_1_dangling_or_not() throws Exception {
        Path elsewhere = data.resolve("elsewhere");
        Files.createSymbolicLink(log(), elsewhere.resolve(SqliteBreakLog.FILE_NAME));
        CliRun dangling = CliRun.of("stats");
        assertThat(dangling.status()).isEqualTo(1);
        assertThat(dangling.err()).contains(log() + " is a symbolic link, which Unhunch never follows");

        try (SqliteBreakLog log = SqliteBreakLog.open(elsewhere, Clock.systemUTC(), Duration.ofDays(365),
                message -> { })) {
            log.record(LoggedEvent.of(OffsetDateTime.now(), EventType.BREAK_DUE));
        }
        CliRun export = CliRun.of("export", "--format", "csv");
        assertThat(export.status()).isEqualTo(1);
        assertThat(export.out()).isEmpty();
        assertThat(export.err()).contains("symbolic link");
    }

    @Test
    void a_row_with_an_impossible_offset_is_left_out_counted_and_the_rest_is_shown() throws Exception {
        recordYesterday();
        addRow(yesterdayMillis() + ", 999999, 'break_done'");

        CliRun stats = CliRun.of("stats", "--days", "2", "--json");
        CliRun export = CliRun.of("export", "--format", "csv");

        assertThat(stats.status()).isZero();
        assertThat(stats.out()).contains("\"breaks_due\" : 1");
        assertThat(export.status()).isZero();
        assertThat(export.outLines()).hasSize(1 + 2);
        for (CliRun run : new CliRun[] {stats, export}) {
            assertThat(run.err()).contains("1 row of the break log could not be read and was left out")
                    .contains("UTC offset of 999999 s is out of range").doesNotContain("Exception");
        }
    }

    @Test
    void a_row_of_an_unknown_type_does_not_blind_stats_or_export() throws Exception {
        recordYesterday();
        addRow(yesterdayMillis() + ", 0, 'break_teleported'");

        CliRun stats = CliRun.of("stats", "--days", "2");
        CliRun export = CliRun.of("export", "--format", "json");

        assertThat(stats.status()).isZero();
        assertThat(stats.outLines()).hasSize(3);
        assertThat(export.status()).isZero();
        assertThat(export.out()).contains("break_due").contains("break_skipped").doesNotContain("teleported");
        assertThat(export.err()).contains("unknown event type 'break_teleported'");
    }

    @Test
    void a_routine_id_unhunch_never_writes_never_reaches_the_terminal_or_a_spreadsheet() throws Exception {
        recordYesterday();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + log());
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO events (at_ms, utc_offset_s, type, routine_id) VALUES (" + yesterdayMillis()
                    + ", 0, 'break_done', 'r' || char(27) || '[31mRED' || char(10) || '=cmd')");
            statement.execute("INSERT INTO events (at_ms, utc_offset_s, type, routine_id) VALUES (" + yesterdayMillis()
                    + ", 0, 'routine_started', '=cmd|'' /C calc''!A0')");
        }

        for (String format : new String[] {"csv", "json"}) {
            CliRun export = CliRun.of("export", "--format", format);
            assertThat(export.status()).isZero();
            assertThat(export.out()).doesNotContain("\u001b", "=cmd", "RED");
            assertThat(export.err()).contains("2 rows of the break log could not be read and were left out")
                    .contains("is not a routine id").doesNotContain("\u001b");
        }
    }

    @Test
    void export_takes_today_and_yesterday_for_days() throws Exception {
        recordYesterday();
        CliRun run = CliRun.of("export", "--format", "csv", "--from", "yesterday", "--to", "today");
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(1 + 2);
    }

    @Test
    void a_day_export_cannot_read_is_a_bad_option_naming_the_forms_allowed() {
        for (String day : new String[] {"lastweek", "2026-13-01", "+999999999-12-31", "0000-01-01"}) {
            CliRun run = CliRun.of("export", "--format", "csv", "--from", day);
            assertThat(run.status()).as(day).isEqualTo(2);
            assertThat(run.err()).as(day).contains("--from").doesNotContain("Exception")
                    .containsAnyOf("YYYY-MM-DD, today or yesterday", "out of range");
        }
    }

    @Test
    void export_into_a_closed_pipe_ends_quietly() throws Exception {
        recordYesterday();
        CliRun run = CliRun.into(CliRun.failingOutput("Broken pipe"), "export", "--format", "csv");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void stats_into_a_closed_pipe_ends_quietly() throws Exception {
        recordYesterday();
        CliRun run = CliRun.into(CliRun.failingOutput("Broken pipe"), "stats");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void stats_and_stats_json_exit_1_with_one_line_when_standard_output_cannot_be_written() throws Exception {
        recordYesterday();
        for (String[] args : new String[][] {{"stats"}, {"stats", "--json"}}) {
            CliRun run = CliRun.into(CliRun.failingOutput("No space left on device"), args);
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err().lines().toList()).containsExactly(
                    "unhunch stats: standard output cannot be written (No space left on device)");
        }
    }

    @Test
    void stats_exits_1_on_a_full_device() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "no /dev/full on this system");
        recordYesterday();
        try (FileOutputStream out = new FileOutputStream(full.toFile())) {
            CliRun run = CliRun.into(out, "stats", "--json");
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).contains("standard output cannot be written");
        }
    }

    @Test
    void export_creates_its_file_for_the_user_alone_and_writes_a_named_one_as_the_shell_would() throws Exception {
        PosixModes.require(data);
        recordYesterday();
        Path created = data.resolve("out.csv");
        assertThat(CliRun.of("export", "--format", "csv", "--out", created.toString()).status()).isZero();
        assertThat(PosixModes.mode(created)).isEqualTo(0600);

        Path existing = PosixModes.chmod(Files.writeString(data.resolve("old.csv"), "old".repeat(1000)), 0640);
        assertThat(CliRun.of("export", "--format", "csv", "--out", existing.toString()).status()).isZero();
        assertThat(Files.readString(existing)).as("replaced whole").startsWith("at,event").doesNotContain("old");
        assertThat(PosixModes.mode(existing)).as("an existing file keeps its mode, as with >").isEqualTo(0640);

        Path target = data.resolve("2026-12.csv");
        Path link = Files.createSymbolicLink(data.resolve("latest.csv"), target);
        assertThat(CliRun.of("export", "--format", "json", "--out", link.toString()).status()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).contains("break_skipped");
        assertThat(PosixModes.mode(target)).isEqualTo(0600);

    }

    @Test
    void export_to_a_file_that_cannot_be_written_exits_1() throws Exception {
        recordYesterday();
        CliRun run = CliRun.of("export", "--format", "csv", "--out", data.resolve("no/such/folder.csv").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("cannot be written (no such folder)");
    }

    @Test
    void help_lists_the_exit_statuses() {
        assertThat(CliRun.of("stats", "--help").out()).contains("Exit status:", "1   the break log cannot be read");
        assertThat(CliRun.of("export", "--help").out()).contains("Exit status:", "2   a bad option");
    }
}
