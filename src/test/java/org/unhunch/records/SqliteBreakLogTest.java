package org.unhunch.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.unhunch.sitting.EndReason;
import org.unhunch.sitting.EventField;
import org.unhunch.sitting.EventFields;
import org.unhunch.sitting.EventType;
import org.unhunch.sitting.SittingEvent;

/** The break log's contract, on real SQLite files in a temporary folder. */
class SqliteBreakLogTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration YEAR = Duration.ofDays(365);

    @TempDir
    Path folder;

    private final List<String> problems = new ArrayList<>();

    private SqliteBreakLog open() throws Exception {
        return SqliteBreakLog.open(folder, CLOCK, YEAR, problems::add);
    }

    private static LoggedEvent ended(String at, int sittingSeconds) {
        OffsetDateTime end = OffsetDateTime.parse(at);
        return new LoggedEvent(end.plusMinutes(5), EventFields.<OffsetDateTime>of(EventType.SITTING_ENDED)
                .moment(EventField.ENDED_AT, end).seconds(EventField.SITTING_S, Duration.ofSeconds(sittingSeconds))
                .reason(EndReason.IDLE), null, null);
    }

    private static LoggedEvent simple(String at, EventType type) {
        return LoggedEvent.of(OffsetDateTime.parse(at), type);
    }

    @Test
    void reopening_keeps_every_event_with_its_offset_and_fields() throws Exception {
        LoggedEvent done = new LoggedEvent(OffsetDateTime.parse("2026-11-20T10:15:30.250+01:00"),
                EventFields.<OffsetDateTime>of(EventType.BREAK_DONE).seconds(EventField.DURATION_S, Duration.ofMillis(281_500)),
                "mid-back-reset", new RoutineProgress(6, 6));
        LoggedEvent snoozed = new LoggedEvent(OffsetDateTime.parse("2026-11-20T11:00:00+01:00"),
                EventFields.<OffsetDateTime>of(EventType.BREAK_SNOOZED).moment(EventField.UNTIL,
                        OffsetDateTime.parse("2026-11-20T11:10:00+01:00")), null, null);
        LoggedEvent ended = ended("2026-11-20T12:00:00+01:00", 2700);
        try (SqliteBreakLog log = open()) {
            log.record(done);
            log.record(snoozed);
            log.record(ended);
        }
        try (SqliteBreakLog log = open()) {
            assertThat(log.events(NOW.minus(YEAR), NOW)).containsExactly(done, snoozed, ended);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void an_event_its_readers_could_not_read_back_is_never_written_said_once_and_counted() throws Exception {
        LoggedEvent centuriesAway = new LoggedEvent(OffsetDateTime.parse("2026-11-20T10:00:00Z"),
                EventFields.<OffsetDateTime>of(EventType.SITTING_STARTED).seconds(EventField.AWAY_S, Duration.ofDays(3661)), null, null);
        LoggedEvent pastYear9999 = simple("+10000-01-01T00:00:00Z", EventType.BREAK_DUE);
        LoggedEvent fine = simple("2026-11-20T11:00:00Z", EventType.BREAK_DUE);
        assertThat(SqliteBreakLog.cannotHold(centuriesAway)).hasValueSatisfying(why ->
                assertThat(why).contains("away_s").contains("out of range"));
        try (SqliteBreakLog log = open()) {
            log.record(centuriesAway);
            log.record(pastYear9999);
            log.record(fine);
            assertThat(log.refusedEvents()).isEqualTo(2);
            assertThat(log.pendingEvents()).isZero();
        }
        try (SqliteBreakLog log = SqliteBreakLog.openForReading(folder.resolve(SqliteBreakLog.FILE_NAME))) {
            EventsRead read = log.read(Instant.EPOCH, Instant.parse("+10001-01-01T00:00:00Z"));
            assertThat(read.events()).containsExactly(fine);
            assertThat(read.skipped()).as("nothing written that its readers leave out").isZero();
        }
        assertThat(problems).singleElement().asString().contains("cannot be kept in the break log");
    }

    @Test
    void a_held_prompt_is_kept_with_its_sitting_time_and_read_back() throws Exception {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T09:00:00+01:00");
        LoggedEvent held = LoggedEvent.of(new SittingEvent.PromptHeld(2_700_000_000_000L, Duration.ofMinutes(45)),
                t -> start.plusNanos(t), null);
        assertThat(held).isEqualTo(new LoggedEvent(OffsetDateTime.parse("2026-11-20T09:45:00+01:00"),
                EventFields.<OffsetDateTime>of(EventType.PROMPT_HELD).seconds(EventField.SITTING_S, Duration.ofMinutes(45)), null, null));
        try (SqliteBreakLog log = open()) {
            log.record(held);
        }
        try (SqliteBreakLog log = open()) {
            EventsRead read = log.read(NOW.minus(YEAR), NOW);
            assertThat(read.events()).containsExactly(held);
            assertThat(read.skipped()).isZero();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void a_log_of_the_first_schema_version_is_migrated_keeping_its_events() throws Exception {
        Files.createDirectories(folder);
        try (Statement statement = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("breaks.db"))
                .createStatement()) {
            statement.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL,"
                    + " utc_offset_s INTEGER NOT NULL, type TEXT NOT NULL, sitting_s REAL, away_s REAL, duration_s REAL,"
                    + " reason TEXT, ended_at_ms INTEGER, until_ms INTEGER, routine_id TEXT)");
            statement.execute("CREATE INDEX events_at ON events(at_ms)");
            statement.execute("INSERT INTO events (at_ms, utc_offset_s, type, duration_s, routine_id) VALUES ("
                    + OffsetDateTime.parse("2026-11-20T10:00:00+01:00").toInstant().toEpochMilli()
                    + ", 3600, 'break_partial', 95.5, 'quick-reset')");
            statement.execute("PRAGMA user_version=1");
            statement.getConnection().close();
        }
        LoggedEvent old = new LoggedEvent(OffsetDateTime.parse("2026-11-20T10:00:00+01:00"),
                EventFields.<OffsetDateTime>of(EventType.BREAK_PARTIAL).seconds(EventField.DURATION_S, Duration.ofMillis(95_500)),
                "quick-reset", null);
        try (SqliteBreakLog reader = SqliteBreakLog.openForReading(folder.resolve(SqliteBreakLog.FILE_NAME))) {
            assertThat(reader.events(NOW.minus(YEAR), NOW)).as("stats and export read an old log as it is")
                    .containsExactly(old);
        }
        LoggedEvent partial = new LoggedEvent(OffsetDateTime.parse("2026-11-20T10:15:00+01:00"),
                EventFields.<OffsetDateTime>of(EventType.BREAK_PARTIAL).seconds(EventField.DURATION_S, Duration.ofSeconds(40)),
                "mid-back-reset", new RoutineProgress(2, 6));
        try (SqliteBreakLog log = open()) {
            log.record(partial);
            assertThat(log.events(NOW.minus(YEAR), NOW)).containsExactly(old, partial);
        }
        try (Statement statement = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("breaks.db"))
                .createStatement()) {
            assertThat(single(statement, "PRAGMA user_version")).isEqualTo("2");
            statement.getConnection().close();
        }
    }

    @Test
    void stray_answers_are_not_kept() throws Exception {
        try (SqliteBreakLog log = open()) {
            log.record(simple("2026-11-20T10:00:00Z", EventType.STRAY_ANSWER));
            assertThat(log.events(NOW.minus(YEAR), NOW)).isEmpty();
        }
    }

    @Test
    void events_older_than_the_retention_are_purged_at_start() throws Exception {
        try (SqliteBreakLog log = open()) {
            log.record(simple("2025-11-24T11:00:00Z", EventType.BREAK_DUE));
            log.record(simple("2025-11-26T11:00:00Z", EventType.BREAK_DUE));
        }
        try (SqliteBreakLog log = open()) {
            assertThat(log.events(Instant.EPOCH, NOW)).extracting(LoggedEvent::at)
                    .containsExactly(OffsetDateTime.parse("2025-11-26T11:00:00Z"));
        }
    }

    @Test
    void a_reader_in_another_connection_sees_each_event_as_soon_as_it_is_recorded() throws Exception {
        try (SqliteBreakLog log = open();
             SqliteBreakLog reader = SqliteBreakLog.openForReading(folder.resolve(SqliteBreakLog.FILE_NAME))) {
            for (int i = 0; i < 20; i++) {
                log.record(simple("2026-11-20T10:00:" + String.format("%02d", i) + "Z", EventType.BREAK_DUE));
                assertThat(reader.events(NOW.minus(YEAR), NOW)).hasSize(i + 1);
            }
        }
    }

    @Test
    void the_log_is_in_wal_mode_and_at_the_current_schema_version() throws Exception {
        open().close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("breaks.db"));
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(single(statement, "PRAGMA user_version")).isEqualTo(String.valueOf(SqliteBreakLog.SCHEMA_VERSION));
        }
    }

    @Test
    void a_log_from_a_newer_version_is_refused_not_changed() throws Exception {
        open().close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("breaks.db"));
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version=99");
        }
        assertThatThrownBy(this::open).isInstanceOf(SQLException.class).hasMessageContaining("newer Unhunch");
    }

    @Test
    void a_damaged_file_is_moved_aside_never_deleted_and_a_new_log_starts() throws Exception {
        byte[] garbage = "this is not a database, it was damaged by a bad disk".repeat(200).getBytes();
        Files.write(folder.resolve(SqliteBreakLog.FILE_NAME), garbage);
        try (SqliteBreakLog log = open()) {
            log.record(simple("2026-11-25T11:00:00Z", EventType.BREAK_DUE));
            assertThat(log.events(NOW.minus(YEAR), NOW)).hasSize(1);
        }
        List<Path> aside = SqliteBreakLog.damagedFiles(folder);
        assertThat(aside).singleElement().satisfies(path -> {
            assertThat(path.getFileName().toString()).isEqualTo("breaks.db.damaged-20261125T120000Z");
            assertThat(Files.readAllBytes(path)).isEqualTo(garbage);
        });
        assertThat(problems).singleElement().asString().contains("was damaged").contains(aside.get(0).toString());
    }

    @Test
    void a_store_that_cannot_be_written_is_reported_once_and_events_wait_until_it_can() throws Exception {
        SqliteBreakLog log = open();
        try {
            log.record(simple("2026-11-25T09:00:00Z", EventType.BREAK_DUE));
            try (Statement statement = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("breaks.db"))
                    .createStatement()) {
                statement.execute("BEGIN EXCLUSIVE");
                log.record(simple("2026-11-25T10:00:00Z", EventType.BREAK_DONE));
                log.record(simple("2026-11-25T10:05:00Z", EventType.BREAK_DUE));
                assertThat(log.pendingEvents()).isEqualTo(2);
                statement.execute("ROLLBACK");
                statement.getConnection().close();
            }
            log.record(simple("2026-11-25T11:00:00Z", EventType.BREAK_IGNORED));
            assertThat(log.pendingEvents()).isZero();
            assertThat(log.events(NOW.minus(YEAR), NOW)).extracting(LoggedEvent::type).containsExactly(
                    EventType.BREAK_DUE, EventType.BREAK_DONE, EventType.BREAK_DUE, EventType.BREAK_IGNORED);
        } finally {
            log.close();
        }
        assertThat(problems).singleElement().asString().contains("cannot be saved right now");
    }

    @Test
    void a_log_whose_pages_were_damaged_is_moved_aside_whole() throws Exception {
        try (SqliteBreakLog log = open()) {
            for (int i = 0; i < 2000; i++) {
                log.record(new LoggedEvent(OffsetDateTime.parse("2026-11-20T10:00:00Z").plusSeconds(i),
                        EventFields.<OffsetDateTime>of(EventType.BREAK_DONE).seconds(EventField.DURATION_S, Duration.ofSeconds(i)),
                        "mid-back-reset", null));
            }
        }
        Path file = folder.resolve(SqliteBreakLog.FILE_NAME);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            byte[] noise = new byte[4096 * 4];
            new java.util.Random(7).nextBytes(noise);
            channel.write(java.nio.ByteBuffer.wrap(noise), 4096 * 3);
        }
        long damagedSize = Files.size(file);
        try (SqliteBreakLog log = open()) {
            assertThat(log.events(NOW.minus(YEAR), NOW)).as("a new log").isEmpty();
        }
        List<Path> aside = SqliteBreakLog.damagedFiles(folder);
        assertThat(aside).singleElement().satisfies(path -> assertThat(Files.size(path)).isEqualTo(damagedSize));
        assertThat(problems).singleElement().asString().contains("was damaged");
    }

    @Test
    void events_waiting_in_memory_are_written_when_the_agent_stops() throws Exception {
        SqliteBreakLog log = open();
        try (Statement statement = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("breaks.db"))
                .createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            log.record(simple("2026-11-25T10:00:00Z", EventType.BREAK_DONE));
            assertThat(log.pendingEvents()).isEqualTo(1);
            statement.execute("ROLLBACK");
            statement.getConnection().close();
        }
        log.close();
        try (SqliteBreakLog reopened = open()) {
            assertThat(reopened.events(NOW.minus(YEAR), NOW)).extracting(LoggedEvent::type)
                    .containsExactly(EventType.BREAK_DONE);
        }
    }

    @Test
    void a_log_that_cannot_be_opened_for_another_reason_is_left_where_it_is() throws Exception {
        Files.createDirectories(folder.resolve(SqliteBreakLog.FILE_NAME));
        assertThatThrownBy(() -> SqliteBreakLog.open(folder, CLOCK, Duration.ofDays(365), problems::add))
                .isInstanceOf(java.sql.SQLException.class);
        assertThat(folder.resolve(SqliteBreakLog.FILE_NAME)).isDirectory();
        assertThat(SqliteBreakLog.damagedFiles(folder)).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void only_corrupt_not_a_database_and_a_failed_quick_check_count_as_damage() {
        assertThat(SqliteBreakLog.isDamage(new java.sql.SQLException("corrupt", "", 11))).isTrue();
        assertThat(SqliteBreakLog.isDamage(new java.sql.SQLException("corrupt index", "", 779))).isTrue();
        assertThat(SqliteBreakLog.isDamage(new java.sql.SQLException("not a database", "", 26))).isTrue();
        assertThat(SqliteBreakLog.isDamage(new java.sql.SQLException("busy", "", 5))).isFalse();
        assertThat(SqliteBreakLog.isDamage(new java.sql.SQLException("read-only", "", 8))).isFalse();
        assertThat(SqliteBreakLog.isDamage(new java.sql.SQLException("cannot open", "", 14))).isFalse();
        assertThat(SqliteBreakLog.isDamage(new java.sql.SQLException("no driver"))).isFalse();
    }

    @Test
    void no_damaged_files_in_a_healthy_folder() throws Exception {
        open().close();
        assertThat(SqliteBreakLog.damagedFiles(folder)).isEmpty();
        assertThat(SqliteBreakLog.damagedFiles(folder.resolve("missing"))).isEmpty();
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
