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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.unhunch.testing.ReadOnlySql;

/**
 * "Whose file is this", fuzzed: SQLite files of other schemas, application ids and user versions
 * (and logs with another database's {@code -wal} beside them, and files that are no database at
 * all) named {@code breaks.db}. The writer takes a file as its log only when it is an Unhunch log;
 * any other is moved aside byte for byte or, from a newer Unhunch, left as it is: never written into.
 * A reader never changes any of them. Among them are logs with triggers, views and expression indexes
 * beside the events table, also under names SQLite keeps for itself: none of them may ever run (a
 * trigger that ran would have changed the file that is moved aside, or the log read).
 */
class LogFileOwnershipPropertiesTest {

    private static final int UNHUNCH = 0x554E4842;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final String EVENTS_V1 = "CREATE TABLE events (id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL,"
            + " utc_offset_s INTEGER NOT NULL, type TEXT NOT NULL, sitting_s REAL, away_s REAL, duration_s REAL,"
            + " reason TEXT, ended_at_ms INTEGER, until_ms INTEGER, routine_id TEXT)";

    private static Path root;
    private static int caseNumber;

    enum Shape {
        EMPTY, EVENTS_V1, EVENTS_V2, EVENTS_OTHER_COLUMNS, OTHER_TABLE, EVENTS_V2_AND_OTHER_TABLE, VIEW,
        /** A log that SQLite's ANALYZE added its statistics to: still a log. */
        EVENTS_V2_ANALYZED,
        /** The events table of a log, and code beside it that is not Unhunch's. */
        EVENTS_V2_AND_TRIGGER, EVENTS_V2_AND_SQLITE_NAMED_TRIGGER, EVENTS_V2_AND_VIEW, EVENTS_V2_AND_EXPRESSION_INDEX
    }

    /** A database to make: what it holds, its header, and how many rows. */
    record Spec(Shape shape, int applicationId, int userVersion, boolean wal, int rows) {

        /** Whether Unhunch takes this as its log (the ADR's rule, restated). */
        boolean ours() {
            // Any other shape is no log, whatever its header says (a user version of -1 included).
            int shapeVersion = switch (shape) {
                case EMPTY -> 0;
                case EVENTS_V1 -> 1;
                case EVENTS_V2, EVENTS_V2_ANALYZED -> 2;
                default -> Integer.MIN_VALUE;
            };
            if (shapeVersion == Integer.MIN_VALUE) {
                return false;
            }
            if (applicationId == UNHUNCH) {
                return shapeVersion == userVersion;
            }
            return applicationId == 0 && (shapeVersion == 0 && userVersion == 0
                    || shapeVersion == 1 && (userVersion == 0 || userVersion == 1)
                    || shapeVersion == 2 && userVersion == 2);
        }

        boolean newer() {
            return applicationId == UNHUNCH && userVersion > SqliteBreakLog.SCHEMA_VERSION;
        }

        int events() {
            return shape == Shape.EVENTS_V1 || shape == Shape.EVENTS_V2 || shape == Shape.EVENTS_V2_ANALYZED ? rows : 0;
        }
    }

    /** {@code breaks.db} made from {@code main}, with the live {@code -wal} of a database made from {@code wal} beside it. */
    record Case(Spec main, Spec wal, byte[] garbage) {

        @Override
        public String toString() {
            return garbage != null ? "garbage " + Arrays.toString(Arrays.copyOf(garbage, Math.min(24, garbage.length)))
                    : "main " + main + (wal == null ? "" : ", -wal of " + wal);
        }
    }

    @BeforeContainer
    static void makeRoot() throws Exception {
        root = Files.createTempDirectory("unhunch-whose-file");
    }

    @AfterContainer
    static void deleteRoot() {
        FuzzedLogs.delete(root);
    }

    @Provide
    Arbitrary<Case> files() {
        Arbitrary<Integer> applicationId = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(UNHUNCH)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers()));
        Arbitrary<Integer> userVersion = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 3)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(SqliteBreakLog.SCHEMA_VERSION)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers()));
        // Planted code beside a log's table, twice as often as each other shape: it must never pass as a log.
        Arbitrary<Shape> shape = Arbitraries.frequency(Stream.of(Shape.values())
                .map(one -> net.jqwik.api.Tuple.of(one.name().contains("_AND_") ? 2 : 1, one)).toList());
        Arbitrary<Spec> spec = Combinators.combine(shape, applicationId, userVersion,
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 3)).as(Spec::new);
        Arbitrary<byte[]> garbage = Combinators.combine(Arbitraries.of(true, false),
                        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(600))
                .as((header, bytes) -> {
                    if (!header) {
                        return bytes;
                    }
                    byte[] withHeader = Arrays.copyOf("SQLite format 3\0".getBytes(), 16 + bytes.length);
                    System.arraycopy(bytes, 0, withHeader, 16, bytes.length);
                    return withHeader;
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Combinators.combine(spec, spec.injectNull(0.7))
                        .as((main, wal) -> new Case(main, wal, null))),
                net.jqwik.api.Tuple.of(1, garbage.map(bytes -> new Case(null, null, bytes))));
    }

    @Property(tries = 40, edgeCases = EdgeCasesMode.MIXIN)
    void a_file_is_taken_as_the_log_only_when_it_is_unhunchs_and_never_written_into_otherwise(
            @ForAll("files") Case file) throws Exception {
        Path folder = Files.createDirectories(root.resolve("case-" + caseNumber++));
        Path log = folder.resolve(SqliteBreakLog.FILE_NAME);
        make(file, log);
        byte[] mainBefore = bytesOf(log);
        byte[] walBefore = walOf(log);
        boolean mainEmpty = mainBefore == null || mainBefore.length == 0;
        Spec effective = file.garbage() != null ? null : walBefore.length > 0 && !mainEmpty ? file.wal() : file.main();
        boolean strayWal = walBefore.length > 0 && mainEmpty;
        boolean ours = !strayWal && (mainEmpty || effective != null && effective.ours());
        boolean newer = !strayWal && !mainEmpty && effective != null && effective.newer();

        if (ours) {
            try (SqliteBreakLog reader = SqliteBreakLog.openForReading(log)) {
                assertThat(reader.events(Instant.EPOCH, CLOCK.instant())).hasSize(effective == null || mainEmpty
                        ? 0 : effective.events());
            }
        } else if (!mainEmpty) {
            assertThatThrownBy(() -> SqliteBreakLog.openForReading(log).close()).isInstanceOf(SQLException.class);
        }
        assertThat(bytesOf(log)).as("a reader changes nothing").isEqualTo(mainBefore);
        assertThat(walOf(log)).as("a reader changes nothing").isEqualTo(walBefore);

        List<String> problems = new ArrayList<>();
        if (newer) {
            assertThatThrownBy(() -> SqliteBreakLog.open(folder, CLOCK, Duration.ofDays(36_500), problems::add))
                    .isInstanceOf(SQLException.class).hasMessageContaining("newer Unhunch");
            assertThat(bytesOf(log)).isEqualTo(mainBefore);
            assertThat(walOf(log)).isEqualTo(walBefore);
            assertThat(aside(folder)).isEmpty();
            return;
        }
        SqliteBreakLog writer;
        try {
            writer = SqliteBreakLog.open(folder, CLOCK, Duration.ofDays(36_500), problems::add);
        } catch (SQLException e) {
            assertThat(file.garbage()).as("only a file that is no database may fail to open: %s", e).isNotNull();
            assertThat(bytesOf(log)).isEqualTo(mainBefore);
            assertThat(aside(folder)).isEmpty();
            return;
        }
        try (writer) {
            assertThat(writer.events(Instant.EPOCH, CLOCK.instant())).hasSize(ours && !mainEmpty && effective != null
                    ? effective.events() : 0);
        }
        assertThat(ReadOnlySql.pragma(log, "application_id")).isEqualTo(UNHUNCH);
        assertThat(ReadOnlySql.pragma(log, "user_version")).isEqualTo(SqliteBreakLog.SCHEMA_VERSION);
        if (ours) {
            assertThat(aside(folder)).isEmpty();
            assertThat(problems).isEmpty();
        } else {
            List<Path> aside = aside(folder);
            Path movedMain = aside.stream().filter(path -> !path.toString().endsWith("-wal")
                    && !path.toString().endsWith("-shm")).findFirst().orElseThrow();
            if (mainBefore != null) {
                assertThat(bytesOf(movedMain)).as("moved aside byte for byte").isEqualTo(mainBefore);
            }
            assertThat(walOf(movedMain)).as("its -wal too").isEqualTo(walBefore);
            assertThat(problems).singleElement().asString().contains("moved to " + movedMain);
        }
    }

    private static void make(Case file, Path log) throws Exception {
        if (file.garbage() != null) {
            Files.write(log, file.garbage());
            return;
        }
        create(log, file.main());
        if (file.wal() != null) {
            Path other = Files.createDirectories(log.resolveSibling("other")).resolve("other.db");
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
                 Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA wal_autocheckpoint=0");
                fill(statement, file.wal());
                Files.copy(Path.of(other + "-wal"), Path.of(log + "-wal"));
            }
        }
    }

    private static void create(Path file, Spec spec) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA synchronous=OFF");
            if (spec.wal()) {
                statement.execute("PRAGMA journal_mode=WAL");
            }
            fill(statement, spec);
        }
    }

    private static void fill(Statement statement, Spec spec) throws SQLException {
        switch (spec.shape()) {
            case EMPTY -> { }
            case EVENTS_V1 -> statement.execute(EVENTS_V1);
            case EVENTS_V2, EVENTS_V2_AND_OTHER_TABLE, EVENTS_V2_ANALYZED, EVENTS_V2_AND_TRIGGER,
                    EVENTS_V2_AND_SQLITE_NAMED_TRIGGER, EVENTS_V2_AND_VIEW, EVENTS_V2_AND_EXPRESSION_INDEX -> {
                statement.execute(EVENTS_V1);
                statement.execute("ALTER TABLE events ADD COLUMN steps_done INTEGER");
                statement.execute("ALTER TABLE events ADD COLUMN steps INTEGER");
            }
            case EVENTS_OTHER_COLUMNS -> statement.execute("CREATE TABLE events (id INTEGER PRIMARY KEY,"
                    + " at_ms INTEGER NOT NULL, utc_offset_s INTEGER NOT NULL, type TEXT NOT NULL, payload BLOB)");
            case OTHER_TABLE -> statement.execute("CREATE TABLE invoices (number INTEGER, customer TEXT)");
            case VIEW -> statement.execute("CREATE VIEW events AS SELECT 1 AS at_ms");
        }
        if (spec.shape() == Shape.EVENTS_V2_AND_OTHER_TABLE) {
            statement.execute("CREATE TABLE invoices (number INTEGER, customer TEXT)");
        }
        for (int i = 0; i < spec.rows(); i++) {
            if (spec.shape().name().startsWith("EVENTS")) {
                statement.execute("INSERT INTO events (at_ms, utc_offset_s, type) VALUES ("
                        + (CLOCK.millis() - 60_000L * (i + 1)) + ", 0, 'break_due')");
            } else if (spec.shape() == Shape.OTHER_TABLE) {
                statement.execute("INSERT INTO invoices VALUES (" + i + ", 'ACME')");
            }
        }
        switch (spec.shape()) {
            case EVENTS_V2_ANALYZED -> PlantedSchema.statistics(statement);
            case EVENTS_V2_AND_TRIGGER -> PlantedSchema.trigger(statement);
            case EVENTS_V2_AND_SQLITE_NAMED_TRIGGER -> PlantedSchema.sqliteNamedTrigger(statement);
            case EVENTS_V2_AND_VIEW -> PlantedSchema.view(statement);
            case EVENTS_V2_AND_EXPRESSION_INDEX -> PlantedSchema.expressionIndex(statement);
            default -> { }
        }
        statement.execute("PRAGMA application_id=" + spec.applicationId());
        statement.execute("PRAGMA user_version=" + spec.userVersion());
    }

    private static List<Path> aside(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().startsWith(SqliteBreakLog.FILE_NAME + "."))
                    .sorted().toList();
        }
    }

    private static byte[] bytesOf(Path file) throws Exception {
        return Files.exists(file) ? Files.readAllBytes(file) : null;
    }

    /** The -wal beside {@code file}: none and an empty one (which a reader may leave) are alike. */
    private static byte[] walOf(Path file) throws Exception {
        byte[] wal = bytesOf(Path.of(file + "-wal"));
        return wal == null ? new byte[0] : wal;
    }

}
