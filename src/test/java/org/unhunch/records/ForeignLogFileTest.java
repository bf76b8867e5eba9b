package org.unhunch.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.sitting.EventType;
import org.unhunch.testing.ReadOnlySql;

/**
 * A {@code breaks.db} that is not Unhunch's (another application's database, or a log with another
 * database's {@code -wal} beside it) is never written into: it is moved aside whole, byte for byte,
 * and a new log is started. Logs of earlier versions, which carry no mark, are still taken as ours.
 */
class ForeignLogFileTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration YEAR = Duration.ofDays(365);
    /** The mark of an Unhunch log: "UNHB". */
    private static final int UNHUNCH = 0x554E4842;

    @TempDir
    Path folder;

    private final List<String> problems = new ArrayList<>();

    private SqliteBreakLog open() throws Exception {
        return SqliteBreakLog.open(folder, CLOCK, YEAR, problems::add);
    }

    private Path file() {
        return folder.resolve(SqliteBreakLog.FILE_NAME);
    }

    private static LoggedEvent due(String at) {
        return LoggedEvent.of(OffsetDateTime.parse(at), EventType.BREAK_DUE);
    }

    @Test
    void a_foreign_wal_beside_the_log_is_moved_aside_with_it_never_checkpointed_into_it() throws Exception {
        try (SqliteBreakLog log = open()) {
            log.record(due("2026-11-24T10:00:00Z"));
        }
        byte[] ourLog = Files.readAllBytes(file());
        Path other = Files.createDirectories(folder.resolve("other")).resolve("photos.db");
        byte[] foreignWal;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA wal_autocheckpoint=0");
            statement.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
            statement.execute("INSERT INTO photos (name) VALUES ('beach.jpg')");
            foreignWal = Files.readAllBytes(Path.of(other + "-wal"));
        }
        assertThat(foreignWal).as("a real WAL with frames").hasSizeGreaterThan(32);
        Files.write(Path.of(file() + "-wal"), foreignWal);

        try (SqliteBreakLog log = open()) {
            assertThat(log.events(NOW.minus(YEAR), NOW)).as("a new log").isEmpty();
            log.record(due("2026-11-25T11:00:00Z"));
        }

        Path aside = movedAside().get(0);
        assertThat(movedAside()).hasSize(1);
        assertThat(Files.readAllBytes(aside)).as("the log, unchanged").isEqualTo(ourLog);
        assertThat(Files.readAllBytes(Path.of(aside + "-wal"))).as("the foreign -wal, unchanged").isEqualTo(foreignWal);
        assertThat(problems).singleElement().asString().contains("was not Unhunch's").contains("photos")
                .contains(aside.toString());
        assertThat(tablesOf(file())).containsExactly("events");
    }

    @Test
    void another_applications_database_of_user_version_0_is_moved_aside_unchanged() throws Exception {
        createForeign(file(), 0, 0);
        byte[] before = Files.readAllBytes(file());

        try (SqliteBreakLog log = open()) {
            log.record(due("2026-11-25T11:00:00Z"));
        }

        assertThat(movedAside()).singleElement().satisfies(aside ->
                assertThat(Files.readAllBytes(aside)).isEqualTo(before));
        assertThat(problems).singleElement().asString().contains("was not Unhunch's").contains("notes");
        assertThat(tablesOf(file())).containsExactly("events");
    }

    @Test
    void another_applications_database_of_another_user_version_is_moved_aside_unchanged_not_switched_to_wal()
            throws Exception {
        createForeign(file(), 0, 7);
        byte[] before = Files.readAllBytes(file());

        try (SqliteBreakLog log = open()) {
            log.record(due("2026-11-25T11:00:00Z"));
        }

        assertThat(movedAside()).singleElement().satisfies(aside ->
                assertThat(Files.readAllBytes(aside)).isEqualTo(before));
    }

    @Test
    void a_database_with_another_application_id_is_moved_aside_unchanged() throws Exception {
        createForeign(file(), 0x47504B47, 0);
        byte[] before = Files.readAllBytes(file());

        open().close();

        assertThat(movedAside()).singleElement().satisfies(aside ->
                assertThat(Files.readAllBytes(aside)).isEqualTo(before));
        assertThat(problems).singleElement().asString().contains("0x47504B47");
    }

    @Test
    void a_reader_refuses_another_applications_database_and_leaves_it_as_it_is() throws Exception {
        createForeign(file(), 0, 0);
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> SqliteBreakLog.openForReading(file())).isInstanceOf(SQLException.class)
                .hasMessageContaining("not an Unhunch break log");

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(movedAside()).isEmpty();
    }

    @Test
    void a_log_of_schema_2_written_before_the_mark_is_taken_as_ours_and_marked() throws Exception {
        try (SqliteBreakLog log = open()) {
            log.record(due("2026-11-24T10:00:00Z"));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id=0");
        }

        try (SqliteBreakLog log = open()) {
            assertThat(log.events(NOW.minus(YEAR), NOW)).hasSize(1);
        }

        assertThat(movedAside()).isEmpty();
        assertThat(problems).isEmpty();
        assertThat(ReadOnlySql.pragma(file(), "application_id")).isEqualTo(UNHUNCH);
    }

    @Test
    void a_log_of_schema_1_written_before_the_mark_is_migrated_and_marked() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL,"
                    + " utc_offset_s INTEGER NOT NULL, type TEXT NOT NULL, sitting_s REAL, away_s REAL, duration_s REAL,"
                    + " reason TEXT, ended_at_ms INTEGER, until_ms INTEGER, routine_id TEXT)");
            statement.execute("CREATE INDEX events_at ON events(at_ms)");
            statement.execute("INSERT INTO events (at_ms, utc_offset_s, type) VALUES ("
                    + Instant.parse("2026-11-24T10:00:00Z").toEpochMilli() + ", 0, 'break_due')");
            statement.execute("PRAGMA user_version=1");
        }

        try (SqliteBreakLog log = open()) {
            assertThat(log.events(NOW.minus(YEAR), NOW)).containsExactly(due("2026-11-24T10:00:00Z"));
        }

        assertThat(ReadOnlySql.pragma(file(), "application_id")).isEqualTo(UNHUNCH);
        assertThat(ReadOnlySql.pragma(file(), "user_version")).isEqualTo(SqliteBreakLog.SCHEMA_VERSION);
    }

    @Test
    void a_new_log_carries_the_mark() throws Exception {
        open().close();
        assertThat(ReadOnlySql.pragma(file(), "application_id")).isEqualTo(UNHUNCH);
    }

    @Test
    void a_log_from_a_newer_unhunch_is_refused_and_left_byte_for_byte() throws Exception {
        open().close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=DELETE");
            statement.execute("PRAGMA user_version=3");
        }
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(this::open).isInstanceOf(SQLException.class).hasMessageContaining("newer Unhunch");

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(Files.exists(Path.of(file() + "-wal"))).isFalse();
        assertThat(movedAside()).isEmpty();
    }

    @Test
    void a_wal_left_without_its_database_is_kept_aside_not_deleted() throws Exception {
        byte[] wal = "WAL frames of some database".getBytes();
        Files.write(Path.of(file() + "-wal"), wal);

        open().close();

        assertThat(filesAside()).anySatisfy(path -> {
            assertThat(path.getFileName().toString()).endsWith("-wal");
            assertThat(Files.readAllBytes(path)).isEqualTo(wal);
        });
    }

    @Test
    void a_short_file_of_anything_is_not_taken_for_an_empty_database_and_written_over() throws Exception {
        byte[] note = "todo: stretch".getBytes();
        Files.write(file(), note);

        open().close();

        assertThat(movedAside()).singleElement().satisfies(aside ->
                assertThat(Files.readAllBytes(aside)).isEqualTo(note));
        assertThat(problems).singleElement().asString().contains("not an SQLite database");
    }

    @Test
    void two_files_moved_aside_in_the_same_second_keep_both() throws Exception {
        createForeign(file(), 0, 0);
        open().close();
        Files.delete(file());
        Files.deleteIfExists(Path.of(file() + "-wal"));
        Files.deleteIfExists(Path.of(file() + "-shm"));
        createForeign(file(), 0, 5);

        open().close();

        assertThat(movedAside()).hasSize(2);
    }

    @Test
    void a_log_with_a_trigger_planted_under_a_name_sqlite_keeps_for_itself_is_moved_aside_and_the_trigger_never_runs()
            throws Exception {
        byte[] before = logWith(PlantedSchema::sqliteNamedTrigger);
        assertThat(schemaNames(file())).as("SQLite loads the planted objects").contains("sqlite_t1", "sqlite_pwn");

        try (SqliteBreakLog log = open()) {
            log.record(due("2026-11-25T10:00:00Z"));
            log.record(due("2026-11-25T11:00:00Z"));
            assertThat(log.events(NOW.minus(YEAR), NOW)).as("no trigger deleted the first").hasSize(2);
        }

        assertThat(movedAside()).singleElement().satisfies(aside -> {
            assertThat(aside.getFileName().toString()).startsWith(SqliteBreakLog.FOREIGN_PREFIX);
            assertThat(Files.readAllBytes(aside)).as("byte for byte: the trigger never wrote").isEqualTo(before);
        });
        assertThat(problems).singleElement().asString().contains("was not Unhunch's").contains("sqlite_t1");
        assertThat(schemaNames(file())).containsExactlyInAnyOrder("events", "events_at");
    }

    @Test
    void a_reader_refuses_a_log_with_a_planted_trigger_and_runs_nothing_of_it() throws Exception {
        byte[] before = logWith(PlantedSchema::sqliteNamedTrigger);

        assertThatThrownBy(() -> SqliteBreakLog.openForReading(file())).isInstanceOf(SQLException.class)
                .hasMessageContaining("not an Unhunch break log").hasMessageContaining("sqlite_t1");

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void a_log_with_an_ordinary_trigger_view_or_expression_index_is_not_ours() throws Exception {
        for (SchemaChange plant : List.<SchemaChange>of(PlantedSchema::trigger, PlantedSchema::view,
                PlantedSchema::expressionIndex)) {
            Files.list(folder).forEach(path -> path.toFile().delete());
            problems.clear();
            byte[] before = logWith(plant);

            try (SqliteBreakLog log = open()) {
                log.record(due("2026-11-25T10:00:00Z"));
                log.record(due("2026-11-25T11:00:00Z"));
                assertThat(log.events(NOW.minus(YEAR), NOW)).hasSize(2);
            }

            assertThat(movedAside()).singleElement().satisfies(aside -> {
                assertThat(aside.getFileName().toString()).startsWith(SqliteBreakLog.FOREIGN_PREFIX);
                assertThat(Files.readAllBytes(aside)).isEqualTo(before);
            });
        }
    }

    @Test
    void a_trigger_whose_schema_row_has_no_type_never_runs() throws Exception {
        byte[] before = logWith(PlantedSchema::untypedTrigger);

        try (SqliteBreakLog log = open()) {
            log.record(due("2026-11-25T10:00:00Z"));
            log.record(due("2026-11-25T11:00:00Z"));
            assertThat(log.events(NOW.minus(YEAR), NOW)).hasSize(2);
        }

        assertThat(movedAside()).singleElement().satisfies(aside ->
                assertThat(Files.readAllBytes(aside)).isEqualTo(before));
    }

    @Test
    void a_log_analyzed_by_sqlite_keeps_being_ours() throws Exception {
        logWith(PlantedSchema::statistics);
        assertThat(schemaNames(file())).contains("sqlite_stat1");

        try (SqliteBreakLog log = open()) {
            assertThat(log.events(NOW.minus(YEAR), NOW)).hasSize(1);
        }

        assertThat(movedAside()).isEmpty();
        assertThat(problems).isEmpty();
    }

    /** A schema change made on an open connection. */
    @FunctionalInterface
    interface SchemaChange {
        void apply(Statement statement) throws SQLException;
    }

    /** A log of this version with one event and {@code change}, in a rollback journal; its bytes. */
    private byte[] logWith(SchemaChange change) throws Exception {
        try (SqliteBreakLog log = open()) {
            log.record(due("2026-11-24T10:00:00Z"));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=DELETE");
            change.apply(statement);
        }
        return Files.readAllBytes(file());
    }

    private static List<String> schemaNames(Path file) throws SQLException {
        return ReadOnlySql.texts(file, "SELECT name FROM sqlite_master");
    }

    /** Files moved aside ({@code breaks.db.*}), without their -wal and -shm. */
    private List<Path> movedAside() throws Exception {
        return filesAside().stream().filter(path -> !path.toString().endsWith("-wal")
                && !path.toString().endsWith("-shm")).toList();
    }

    private List<Path> filesAside() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().startsWith(SqliteBreakLog.FILE_NAME + "."))
                    .sorted().toList();
        }
    }

    static void createForeign(Path file, int applicationId, int userVersion) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
            statement.execute("INSERT INTO notes (text) VALUES ('buy milk')");
            statement.execute("PRAGMA application_id=" + applicationId);
            statement.execute("PRAGMA user_version=" + userVersion);
        }
    }

    private static List<String> tablesOf(Path file) throws SQLException {
        return ReadOnlySql.texts(file, "SELECT name FROM sqlite_master WHERE type = 'table'");
    }
}
