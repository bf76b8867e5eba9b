package org.unhunch.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.sitting.EventField;
import org.unhunch.sitting.EventFields;
import org.unhunch.sitting.EventType;

/** One row no Unhunch wrote is left out and counted; it never blinds the readers to the others. */
class UnreadableRowsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration YEAR = Duration.ofDays(365);
    private static final long AT = Instant.parse("2026-11-24T10:00:00Z").toEpochMilli();

    @TempDir
    Path folder;

    private final List<String> problems = new ArrayList<>();

    private Path logWith(String... oddRows) throws Exception {
        try (SqliteBreakLog log = SqliteBreakLog.open(folder, CLOCK, YEAR, problems::add)) {
            log.record(due("2026-11-24T09:00:00Z"));
        }
        Path file = folder.resolve(SqliteBreakLog.FILE_NAME);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String values : oddRows) {
                statement.execute("INSERT INTO events (at_ms, utc_offset_s, type, sitting_s, reason, routine_id,"
                        + " steps_done, steps) VALUES (" + values + ")");
            }
        }
        try (SqliteBreakLog log = SqliteBreakLog.open(folder, CLOCK, YEAR, problems::add)) {
            log.record(due("2026-11-24T11:00:00Z"));
        }
        return file;
    }

    private static LoggedEvent due(String at) {
        return LoggedEvent.of(OffsetDateTime.parse(at), EventType.BREAK_DUE);
    }

    private static List<LoggedEvent> readable() {
        return List.of(due("2026-11-24T09:00:00Z"), due("2026-11-24T11:00:00Z"));
    }

    @Test
    void a_row_with_an_impossible_utc_offset_is_left_out_and_the_others_are_read() throws Exception {
        Path file = logWith(AT + ", 999999, 'break_due', NULL, NULL, NULL, NULL, NULL");
        try (SqliteBreakLog reader = SqliteBreakLog.openForReading(file)) {
            assertThat(reader.events(NOW.minus(YEAR), NOW)).containsExactlyElementsOf(readable());
        }
    }

    @Test
    void a_row_of_an_unknown_type_is_left_out_and_the_others_are_read() throws Exception {
        Path file = logWith(AT + ", 0, 'break_teleported', NULL, NULL, NULL, NULL, NULL");
        try (SqliteBreakLog reader = SqliteBreakLog.openForReading(file)) {
            assertThat(reader.events(NOW.minus(YEAR), NOW)).containsExactlyElementsOf(readable());
        }
    }

    @Test
    void a_routine_id_unhunch_never_writes_is_left_out_escapes_and_formulas_included() throws Exception {
        Path file = logWith(
                AT + ", 0, 'break_done', NULL, NULL, 'r' || char(27) || '[31mRED' || char(10) || 'x', NULL, NULL",
                AT + ", 0, 'break_done', NULL, NULL, '=cmd|'' /C calc''!A0', NULL, NULL",
                AT + ", 0, 'routine_started', NULL, NULL, '', NULL, NULL",
                AT + ", 0, 'routine_started', NULL, NULL, 'Mid-Back-Reset', NULL, NULL",
                AT + ", 0, 'routine_started', NULL, NULL, '" + "a".repeat(41) + "', NULL, NULL");
        try (SqliteBreakLog reader = SqliteBreakLog.openForReading(file)) {
            EventsRead read = reader.read(NOW.minus(YEAR), NOW);
            assertThat(read.events()).containsExactlyElementsOf(readable());
            assertThat(read.skipped()).isEqualTo(5);
            assertThat(read.skippedNote()).hasValueSatisfying(note -> assertThat(note)
                    .contains("routine_id 'r\\u001b[31mRED\\u000ax' is not a routine id"));
        }
    }

    @Test
    void the_routine_ids_read_back_are_those_the_routine_files_allow() {
        assertThat(EventRow.ROUTINE_ID.pattern()).isEqualTo(org.unhunch.routine.Routine.ID_SYNTAX);
    }

    @Test
    void rows_left_out_are_counted_and_the_first_is_named() throws Exception {
        Path file = logWith(
                AT + ", 999999, 'break_due', NULL, NULL, NULL, NULL, NULL",
                AT + ", 0, 'break_teleported', NULL, NULL, NULL, NULL, NULL",
                AT + ", 0, 'sitting_ended', 'long', 'idle', NULL, NULL, NULL",
                AT + ", 0, 'sitting_ended', -5, 'idle', NULL, NULL, NULL",
                AT + ", 0, 'sitting_ended', 60, 'bored', NULL, NULL, NULL",
                AT + ", 0, 'break_done', NULL, NULL, x'00ff', NULL, NULL",
                AT + ", 0, 'break_done', NULL, NULL, 'quick-reset', 7, 6",
                "'yesterday', 0, 'break_due', NULL, NULL, NULL, NULL, NULL");
        try (SqliteBreakLog reader = SqliteBreakLog.openForReading(file)) {
            EventsRead read = reader.read(NOW.minus(YEAR), NOW);
            assertThat(read.events()).containsExactlyElementsOf(readable());
            assertThat(read.skipped()).isEqualTo(8);
            assertThat(read.skippedNote()).hasValueSatisfying(note -> assertThat(note)
                    .startsWith("8 rows of the break log could not be read and were left out")
                    .contains("UTC offset of 999999 s is out of range"));
        }
    }

    @Test
    void the_agent_reading_its_own_log_says_in_its_log_how_many_rows_were_left_out() throws Exception {
        logWith(AT + ", 0, 'break_teleported', NULL, NULL, NULL, NULL, NULL");
        problems.clear();
        try (SqliteBreakLog log = SqliteBreakLog.open(folder, CLOCK, YEAR, problems::add)) {
            assertThat(log.read(NOW.minus(YEAR), NOW).events()).hasSize(2);
        }
        assertThat(problems).singleElement().asString()
                .contains("1 row of the break log could not be read and was left out")
                .contains("unknown event type 'break_teleported'");
    }

    @Test
    void a_sitting_that_claims_years_counts_only_within_the_days_asked_for() {
        OffsetDateTime end = OffsetDateTime.parse("2026-11-24T10:00:00Z");
        LoggedEvent ended = new LoggedEvent(end, EventFields.<OffsetDateTime>of(EventType.SITTING_ENDED)
                .moment(EventField.ENDED_AT, end).seconds(EventField.SITTING_S, Duration.ofDays(3600))
                .reason(org.unhunch.sitting.EndReason.IDLE), null, null);
        List<DailySummary> days = DailySummary.of(List.of(ended), end.toLocalDate().minusDays(1), end.toLocalDate(),
                ZoneOffset.UTC, Duration.ofMinutes(45));
        assertThat(days).extracting(DailySummary::sitting).containsExactly(Duration.ofDays(1), Duration.ofHours(10));
    }
}
