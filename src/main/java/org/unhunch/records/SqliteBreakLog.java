package org.unhunch.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.unhunch.files.OwnerOnly;
import org.unhunch.sitting.EndReason;
import org.unhunch.sitting.EventType;

/**
 * The break log in SQLite (xerial sqlite-jdbc), in WAL mode with full sync: each event is a
 * committed transaction when {@link #record} returns, so a crash or kill loses at most the break
 * in progress, and other processes ({@code unhunch stats}) can read while the agent writes. A file
 * SQLite finds corrupt (or not a database), or that fails {@code PRAGMA quick_check}, is moved aside
 * with a timestamped name, never deleted, and a new log is started; one that cannot be opened for
 * another reason (locked, read-only) is left alone. A store that cannot be written (read-only, disk full)
 * is reported once; events wait in memory and are written when it can be again.
 */
public final class SqliteBreakLog implements BreakLog {

    public static final String FILE_NAME = "breaks.db";
    public static final String DAMAGED_PREFIX = FILE_NAME + ".damaged-";
    static final int SCHEMA_VERSION = 2;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Connection connection;
    private final Consumer<String> problems;
    private final List<LoggedEvent> pending = new ArrayList<>();
    private boolean saidWriteProblem;
    private int schemaVersion = SCHEMA_VERSION;

    private SqliteBreakLog(Connection connection, Consumer<String> problems) {
        this.connection = connection;
        this.problems = problems;
    }

    /**
     * Opens (or creates) the log in {@code folder}, migrating it to the current schema and
     * purging events older than {@code retention}.
     *
     * @param problems told, once each, about a damaged file moved aside or a store that cannot be written
     */
    public static SqliteBreakLog open(Path folder, Clock clock, Duration retention, Consumer<String> problems)
            throws SQLException, IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        Connection connection;
        try {
            connection = connect(file);
            requireIntact(connection);
        } catch (SQLException failure) {
            if (!isDamage(failure)) {
                // Locked, read-only, no room, no driver: the file may be healthy, so it stays where it is.
                throw failure;
            }
            SQLException damaged = failure;
            Path aside = moveAside(file, clock.instant());
            problems.accept("The break log " + file + " was damaged (" + damaged.getMessage() + "); it was moved to "
                    + aside + " and a new log was started.");
            connection = connect(file);
        }
        SqliteBreakLog log = new SqliteBreakLog(connection, problems);
        log.migrate();
        log.purgeBefore(clock.instant().minus(retention));
        return log;
    }

    /** Opens an existing log for reading only (for {@code stats} and {@code export} while the agent runs). */
    public static SqliteBreakLog openForReading(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file + "?open_mode=1");
        SqliteBreakLog log = new SqliteBreakLog(connection, message -> { });
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout=5000");
            // Read as it is: a log an older agent wrote is migrated by the agent, never by a reader.
            log.schemaVersion = log.checkedVersion();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return log;
    }

    /** The damaged logs that were moved aside in {@code folder}, oldest first. */
    public static List<Path> damagedFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> {
                String name = path.getFileName().toString();
                return name.startsWith(DAMAGED_PREFIX) && !name.endsWith("-wal") && !name.endsWith("-shm");
            }).sorted().toList();
        }
    }

    private static Connection connect(Path file) throws SQLException, IOException {
        OwnerOnly.createFileIfAbsent(file); // 600 before SQLite makes it 644; its -wal and -shm take the same mode
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement statement = connection.createStatement()) {
            // Readers never block a WAL writer; only another writer can, and then the event waits in memory.
            statement.execute("PRAGMA busy_timeout=1000");
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=FULL");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** SQLite's "corrupt" or "not a database", or a failed quick_check; nothing else means damage. */
    static boolean isDamage(SQLException failure) {
        int primary = failure.getErrorCode() & 0xff;
        return failure instanceof QuickCheckFailed || primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
    }

    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    /** {@code PRAGMA quick_check} said something other than ok. */
    private static final class QuickCheckFailed extends SQLException {
        private static final long serialVersionUID = 1L;

        QuickCheckFailed(String verdict) {
            super("quick_check: " + verdict);
        }
    }

    private static void requireIntact(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA quick_check")) {
            String verdict = result.next() ? result.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                connection.close();
                throw new QuickCheckFailed(verdict);
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static Path moveAside(Path file, Instant now) throws IOException {
        Path aside = file.resolveSibling(DAMAGED_PREFIX + STAMP.format(now));
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(companion)) {
                Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        return aside;
    }

    /** Forward migrations, one per schema version; {@code PRAGMA user_version} says where a file is. */
    /** The file's schema version; a newer one than this code knows is refused. */
    private int checkedVersion() throws SQLException {
        int version;
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA user_version")) {
            version = result.next() ? result.getInt(1) : 0;
        }
        if (version > SCHEMA_VERSION) {
            throw new SQLException("the break log is from a newer Unhunch (schema " + version + "); this one reads "
                    + SCHEMA_VERSION);
        }
        return version;
    }

    private void migrate() throws SQLException {
        int version = checkedVersion();
        if (version < 1) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS events ("
                        + " id INTEGER PRIMARY KEY,"
                        + " at_ms INTEGER NOT NULL,"
                        + " utc_offset_s INTEGER NOT NULL,"
                        + " type TEXT NOT NULL,"
                        + " sitting_s REAL, away_s REAL, duration_s REAL,"
                        + " reason TEXT, ended_at_ms INTEGER, until_ms INTEGER, routine_id TEXT)");
                statement.execute("CREATE INDEX IF NOT EXISTS events_at ON events(at_ms)");
                statement.execute("PRAGMA user_version=1");
            }
        }
        if (version < 2) {
            // Version 2: how many steps of the routine were done, for done and partial breaks.
            try (Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute("ALTER TABLE events ADD COLUMN steps_done INTEGER");
                statement.execute("ALTER TABLE events ADD COLUMN steps INTEGER");
                statement.execute("PRAGMA user_version=2");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private void purgeBefore(Instant limit) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM events WHERE at_ms < ?")) {
            delete.setLong(1, limit.toEpochMilli());
            delete.executeUpdate();
        }
    }

    @Override
    public synchronized void record(LoggedEvent event) {
        if (event.type() == EventType.STRAY_ANSWER) {
            return;
        }
        pending.add(event);
        writePending();
    }

    private void writePending() {
        try {
            while (!pending.isEmpty()) {
                insert(pending.get(0));
                pending.remove(0);
            }
            saidWriteProblem = false;
        } catch (SQLException e) {
            if (!saidWriteProblem) {
                saidWriteProblem = true;
                problems.accept("Breaks cannot be saved right now (" + e.getMessage() + "); they are kept and"
                        + " saved as soon as the store can be written again.");
            }
        }
    }

    private void insert(LoggedEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events (at_ms, utc_offset_s, type,"
                + " sitting_s, away_s, duration_s, reason, ended_at_ms, until_ms, routine_id, steps_done, steps)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, event.at().toInstant().toEpochMilli());
            insert.setInt(2, event.at().getOffset().getTotalSeconds());
            insert.setString(3, event.type().wireName());
            setSeconds(insert, 4, event.sitting());
            setSeconds(insert, 5, event.away());
            setSeconds(insert, 6, event.duration());
            setText(insert, 7, event.reason() == null ? null : event.reason().wireName());
            setMillis(insert, 8, event.endedAt());
            setMillis(insert, 9, event.until());
            setText(insert, 10, event.routineId());
            setCount(insert, 11, event.progress() == null ? null : event.progress().stepsDone());
            setCount(insert, 12, event.progress() == null ? null : event.progress().steps());
            insert.executeUpdate();
        }
    }

    @Override
    public synchronized List<LoggedEvent> events(Instant from, Instant to) {
        List<LoggedEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT at_ms, utc_offset_s, type, sitting_s,"
                + " away_s, duration_s, reason, ended_at_ms, until_ms, routine_id, "
                + (schemaVersion >= 2 ? "steps_done, steps" : "NULL, NULL") + " FROM events"
                + " WHERE at_ms >= ? AND at_ms < ? ORDER BY id")) {
            select.setLong(1, from.toEpochMilli());
            select.setLong(2, to.toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(read(rows));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the break log cannot be read: " + e.getMessage(), e);
        }
        return events;
    }

    private static LoggedEvent read(ResultSet rows) throws SQLException {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(rows.getInt(2));
        return new LoggedEvent(
                moment(rows, 1, offset),
                eventType(rows.getString(3)),
                seconds(rows, 4), seconds(rows, 5), seconds(rows, 6),
                rows.getString(7) == null ? null : endReason(rows.getString(7)),
                moment(rows, 8, offset),
                moment(rows, 9, offset),
                rows.getString(10),
                progress(rows));
    }

    private static RoutineProgress progress(ResultSet rows) throws SQLException {
        int done = rows.getInt(11);
        boolean noDone = rows.wasNull();
        int steps = rows.getInt(12);
        return noDone || rows.wasNull() ? null : new RoutineProgress(done, steps);
    }

    private static void setCount(PreparedStatement statement, int column, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(column, Types.INTEGER);
        } else {
            statement.setInt(column, value);
        }
    }

    private static OffsetDateTime moment(ResultSet rows, int column, ZoneOffset offset) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? null : OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), offset);
    }

    private static EventType eventType(String wireName) throws SQLException {
        EventType type = EventType.fromWireName(wireName);
        if (type == null) {
            throw new SQLException("unknown event type '" + wireName + "' in the break log");
        }
        return type;
    }

    private static EndReason endReason(String wireName) throws SQLException {
        EndReason reason = EndReason.fromWireName(wireName);
        if (reason == null) {
            throw new SQLException("unknown end reason '" + wireName + "' in the break log");
        }
        return reason;
    }

    private static Duration seconds(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : Duration.ofNanos(Math.round(value * 1e9));
    }

    private static void setSeconds(PreparedStatement statement, int column, Duration value) throws SQLException {
        if (value == null) {
            statement.setNull(column, Types.REAL);
        } else {
            statement.setDouble(column, value.toNanos() / 1e9);
        }
    }

    private static void setMillis(PreparedStatement statement, int column, OffsetDateTime value) throws SQLException {
        if (value == null) {
            statement.setNull(column, Types.INTEGER);
        } else {
            statement.setLong(column, value.toInstant().toEpochMilli());
        }
    }

    private static void setText(PreparedStatement statement, int column, String value) throws SQLException {
        if (value == null) {
            statement.setNull(column, Types.VARCHAR);
        } else {
            statement.setString(column, value);
        }
    }

    /** Events that could not be written yet. */
    public synchronized int pendingEvents() {
        return pending.size();
    }

    @Override
    public synchronized void close() {
        if (!pending.isEmpty()) {
            writePending();
        }
        if (!pending.isEmpty()) {
            problems.accept(pending.size() + " events could not be saved before Unhunch stopped (the store could not"
                    + " be written)");
        }
        try {
            connection.close();
        } catch (SQLException e) {
            problems.accept("The break log did not close cleanly: " + e.getMessage());
        }
    }
}
