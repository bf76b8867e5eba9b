package org.unhunch.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.unhunch.files.LinksAside;
import org.unhunch.files.AsideName;
import org.unhunch.files.OwnerOnly;
import org.unhunch.sitting.EventType;

/**
 * The break log in SQLite (xerial sqlite-jdbc), in WAL mode with full sync: each event is a
 * committed transaction when {@link #record} returns, so a crash or kill loses at most the break
 * in progress, and other processes ({@code unhunch stats}) can read while the agent writes.
 *
 * <p>Before anything is written, the file is checked read-only ({@link LogFileCheck}): one that is
 * damaged (corrupt, not a database, failing {@code PRAGMA quick_check}) or not Unhunch's (another
 * application's database, or a foreign {@code -wal} beside the log) is moved aside whole with a
 * timestamped name, never deleted, and a new log is started; one from a newer Unhunch is left alone.
 * A symbolic link in place of the file or its companions is never followed: the link is moved aside.
 * A log that cannot be opened (locked, read-only, no room) or written is reported once; events wait
 * in memory (at most {@link #MAX_PENDING}) and are written when it can be opened and written again.
 */
public final class SqliteBreakLog implements BreakLog {

    public static final String FILE_NAME = "breaks.db";
    public static final String DAMAGED_PREFIX = FILE_NAME + ".damaged-";
    public static final String FOREIGN_PREFIX = FILE_NAME + ".foreign-";
    static final int SCHEMA_VERSION = 2;
    static final int APPLICATION_ID = LogFileCheck.APPLICATION_ID;

    /** Events kept in memory while the log cannot take them; past this, the oldest are dropped. */
    static final int MAX_PENDING = 10_000;
    /** After a failed open, the next is tried (at the next event) this much later, then twice as late... */
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    /** ...up to this. */
    static final Duration LAST_RETRY = Duration.ofMinutes(5);

    /** Where the log is opened (and opened again after a failure); null for a reader. */
    private final Path folder;
    private final Clock clock;
    private final Duration retention;
    private final Consumer<String> problems;
    private final Deque<Kept> pending = new ArrayDeque<>();
    private Connection connection;
    private int schemaVersion = SCHEMA_VERSION;
    private long dropped;
    private long refused;
    private boolean saidWriteProblem;
    private boolean saidOpenProblem;
    private Instant nextOpen = Instant.MIN;
    private Duration retryDelay = FIRST_RETRY;

    /** An event waiting to be written, with the row its readers will read back (made once, when it came). */
    private record Kept(LoggedEvent event, List<Object> row) {
    }

    private SqliteBreakLog(Path folder, Clock clock, Duration retention, Consumer<String> problems) {
        this.folder = folder;
        this.clock = clock;
        this.retention = retention;
        this.problems = problems;
    }

    /**
     * Opens (or creates) the log in {@code folder}, migrating it to the current schema and
     * purging events older than {@code retention}.
     *
     * @param problems told, once each, about a file moved aside or a store that cannot be written
     * @throws SQLException or IOException when it cannot be opened now (nothing was changed then)
     */
    public static SqliteBreakLog open(Path folder, Clock clock, Duration retention, Consumer<String> problems)
            throws SQLException, IOException {
        SqliteBreakLog log = new SqliteBreakLog(folder, clock, retention, problems);
        log.openNow();
        return log;
    }

    /**
     * As {@link #open}, but a log that cannot be opened now is opened later: at an event
     * {@link #FIRST_RETRY} after the failure, then at growing intervals up to {@link #LAST_RETRY},
     * and at {@link #close}. Until then events wait in memory. Never throws.
     */
    public static SqliteBreakLog openWhenItCan(Path folder, Clock clock, Duration retention,
                                               Consumer<String> problems) {
        SqliteBreakLog log = new SqliteBreakLog(folder, clock, retention, problems);
        log.tryOpen(clock.instant(), true);
        return log;
    }

    /**
     * Opens an existing log for reading only (for {@code stats} and {@code export} while the agent runs).
     *
     * @throws SQLException when it cannot be read: damaged, not Unhunch's, from a newer Unhunch, or I/O
     */
    public static SqliteBreakLog openForReading(Path file) throws SQLException {
        for (Path name : filesOf(file)) {
            if (Files.isSymbolicLink(name)) {
                throw new SQLException(name + " is a symbolic link, which Unhunch never follows (the agent moves it"
                        + " aside when it starts)");
            }
        }
        SqliteBreakLog log = new SqliteBreakLog(null, Clock.systemUTC(), Duration.ZERO, message -> { });
        LogFileCheck.Verdict verdict = LogFileCheck.withoutDatabase(file).orElse(null);
        if (verdict == null) {
            Connection connection = LogFileCheck.openReadOnly(file);
            try {
                verdict = LogFileCheck.inspect(connection, false);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            if (verdict.kind() == LogFileCheck.Kind.OURS || verdict.kind() == LogFileCheck.Kind.NONE) {
                // Read as it is: a log an older agent wrote is migrated (and marked) by the agent, never by a reader.
                log.connection = connection;
            } else {
                connection.close();
            }
        }
        if (verdict.kind() != LogFileCheck.Kind.OURS && verdict.kind() != LogFileCheck.Kind.NONE) {
            throw new SQLException(verdict.detail());
        }
        log.schemaVersion = verdict.version();
        return log;
    }

    /** The log's file and the companions SQLite may open beside it. */
    private static List<Path> filesOf(Path file) {
        return Stream.of("", "-wal", "-shm", "-journal").map(suffix -> file.resolveSibling(file.getFileName() + suffix))
                .toList();
    }

    /** The damaged logs that were moved aside in {@code folder}, oldest first. */
    public static List<Path> damagedFiles(Path folder) throws IOException {
        return setAside(folder, DAMAGED_PREFIX);
    }

    /** The files of other applications (or with another database's {@code -wal}) moved aside in {@code folder}. */
    public static List<Path> foreignFiles(Path folder) throws IOException {
        return setAside(folder, FOREIGN_PREFIX);
    }

    private static List<Path> setAside(Path folder, String prefix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> {
                String name = path.getFileName().toString();
                return name.startsWith(prefix) && !name.endsWith("-wal") && !name.endsWith("-shm");
            }).sorted().toList();
        }
    }

    /** SQLite's "corrupt" or "not a database", or a failed quick_check; nothing else means damage. */
    static boolean isDamage(SQLException failure) {
        return LogFileCheck.isDamage(failure);
    }

    /** Checks whose the file is, moves it aside if it is damaged or not ours, then opens and migrates it. */
    private void openNow() throws SQLException, IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        for (Path name : filesOf(file)) {
            LinksAside.moveAside(name, clock.instant()).ifPresent(problems);
        }
        LogFileCheck.Verdict verdict = LogFileCheck.check(file, true);
        switch (verdict.kind()) {
            case NEWER -> throw new SQLException(verdict.detail());
            case DAMAGED, FOREIGN -> {
                boolean damaged = verdict.kind() == LogFileCheck.Kind.DAMAGED;
                Path aside = moveAside(file, damaged ? DAMAGED_PREFIX : FOREIGN_PREFIX, clock.instant());
                problems.accept("The break log " + file + (damaged ? " was damaged (" : " was not Unhunch's (")
                        + verdict.detail() + "); it was moved to " + aside + " (never deleted) and a new log was"
                        + " started.");
                verdict = LogFileCheck.Verdict.none();
            }
            default -> { }
        }
        Connection opened = connect(file);
        try {
            migrate(opened, verdict);
            purgeBefore(opened, clock.instant().minus(retention));
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
        connection = opened;
        schemaVersion = SCHEMA_VERSION;
    }

    private static Connection connect(Path file) throws SQLException, IOException {
        OwnerOnly.createFileIfAbsent(file); // 600 before SQLite makes it 644; its -wal and -shm take the same mode
        Connection connection = LogConnections.readWrite(file);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=FULL");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** Renames {@code file} and its -wal and -shm to a free name with this prefix and time; returns the new name. */
    private static Path moveAside(Path file, String prefix, Instant now) throws IOException {
        Path aside = AsideName.free(file, prefix, now, SqliteBreakLog::anyExists);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(companion, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        return aside;
    }

    private static boolean anyExists(Path aside) {
        return Stream.of("", "-wal", "-shm").anyMatch(suffix ->
                Files.exists(aside.resolveSibling(aside.getFileName() + suffix), LinkOption.NOFOLLOW_LINKS));
    }

    /**
     * Forward migrations, one per schema version ({@code PRAGMA user_version} says where a file is),
     * and the mark that the file is Unhunch's, all in one transaction.
     */
    private static void migrate(Connection connection, LogFileCheck.Verdict verdict) throws SQLException {
        int version = verdict.version();
        if (version == SCHEMA_VERSION && verdict.marked()) {
            return;
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            if (version < 1) {
                statement.execute(LogSchema.CREATE_EVENTS);
                statement.execute(LogSchema.CREATE_TIME_INDEX);
            }
            if (version < 2) {
                for (String addColumn : LogSchema.ADD_STEPS) {
                    statement.execute(addColumn);
                }
            }
            statement.execute("PRAGMA user_version=" + SCHEMA_VERSION);
            statement.execute("PRAGMA application_id=" + APPLICATION_ID);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void purgeBefore(Connection connection, Instant limit) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM events WHERE at_ms < ?")) {
            delete.setLong(1, limit.toEpochMilli());
            delete.executeUpdate();
        }
    }

    /**
     * Opens the log if it is time to try again ({@code force}: now in any case); says the first
     * failure, and when it opens after one.
     */
    private boolean tryOpen(Instant now, boolean force) {
        if (!force && now.isBefore(nextOpen)) {
            return false;
        }
        try {
            openNow();
        } catch (SQLException | IOException | RuntimeException e) {
            nextOpen = now.plus(retryDelay);
            Duration doubled = retryDelay.multipliedBy(2);
            retryDelay = doubled.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : doubled;
            if (!saidOpenProblem) {
                saidOpenProblem = true;
                problems.accept("The break log in " + folder + " cannot be opened (" + e.getMessage() + "); breaks are"
                        + " kept in memory (up to " + MAX_PENDING + ") and saved as soon as it can be opened.");
            }
            return false;
        }
        if (saidOpenProblem) {
            saidOpenProblem = false;
            problems.accept("The break log in " + folder + " is open now; the " + pending.size() + " events kept in"
                    + " memory are saved to it" + (dropped > 0 ? " (" + dropped + " older ones were dropped)" : "")
                    + ".");
        }
        retryDelay = FIRST_RETRY;
        return true;
    }

    /**
     * Why the log cannot hold {@code event} (its readers could not read it back: a time past year
     * 9999, a duration of centuries), or empty when it can.
     */
    public static Optional<String> cannotHold(LoggedEvent event) {
        try {
            EventRow.values(event);
            return Optional.empty();
        } catch (EventRow.Unreadable e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Keeps {@code event}; one the log cannot hold ({@link #cannotHold}) is left out, said once and counted. */
    @Override
    public synchronized void record(LoggedEvent event) {
        if (event.type() == EventType.STRAY_ANSWER) {
            return;
        }
        List<Object> row;
        try {
            row = EventRow.values(event);
        } catch (EventRow.Unreadable e) {
            if (refused++ == 0) {
                problems.accept("An event cannot be kept in the break log, whose readers could not read it back ("
                        + e.getMessage() + "); such events are left out.");
            }
            return;
        }
        keep(new Kept(event, row));
        if (connection == null && !tryOpen(clock.instant(), false)) {
            return;
        }
        writePending();
    }

    private void keep(Kept event) {
        if (pending.size() >= MAX_PENDING) {
            pending.removeFirst();
            dropped++;
            if (dropped == 1) {
                problems.accept(MAX_PENDING + " events are waiting to be saved to the break log; from now on the"
                        + " oldest of them is dropped for each new one.");
            }
        }
        pending.addLast(event);
    }

    private void writePending() {
        try {
            while (!pending.isEmpty()) {
                insert(pending.peekFirst().row());
                pending.removeFirst();
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

    private void insert(List<Object> values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events ("
                + String.join(", ", EventRow.WRITTEN_COLUMNS) + ") VALUES (?"
                + ", ?".repeat(EventRow.WRITTEN_COLUMNS.size() - 1) + ")")) {
            for (int column = 0; column < values.size(); column++) {
                insert.setObject(column + 1, values.get(column));
            }
            insert.executeUpdate();
        }
    }

    /**
     * The events from {@code from} to {@code to} that can be read, and how many rows could not: rows
     * with a value no Unhunch writes are left out and counted, never a reason to fail the whole read.
     * Rows whose time is not a number belong to no span and are counted in every read. Events still
     * waiting in memory come last.
     *
     * @throws IllegalStateException when the log itself cannot be read (I/O error, damage found while reading)
     */
    @Override
    public synchronized EventsRead read(Instant from, Instant to) {
        if (connection == null && folder != null) {
            tryOpen(clock.instant(), false);
        }
        List<LoggedEvent> events = new ArrayList<>();
        int skipped = 0;
        String firstProblem = null;
        if (connection != null && schemaVersion >= 1) {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + EventRow.COLUMNS_V1 + ", "
                    + (schemaVersion >= 2 ? "steps_done, steps" : "NULL, NULL") + " FROM events"
                    + " WHERE at_ms >= ? AND at_ms < ? OR typeof(at_ms) NOT IN ('integer', 'real') ORDER BY id")) {
                select.setLong(1, from.toEpochMilli());
                select.setLong(2, to.toEpochMilli());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        try {
                            events.add(EventRow.read(rows));
                        } catch (EventRow.Unreadable e) {
                            if (skipped++ == 0) {
                                firstProblem = "row " + rows.getLong(1) + ": " + e.getMessage();
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the break log cannot be read: " + e.getMessage(), e);
            }
        }
        for (Kept kept : pending) {
            Instant at = kept.event().at().toInstant();
            if (!at.isBefore(from) && at.isBefore(to)) {
                events.add(kept.event());
            }
        }
        EventsRead read = new EventsRead(events, skipped, firstProblem);
        read.skippedNote().ifPresent(problems);
        return read;
    }

    /** Events left out because the log cannot hold them ({@link #cannotHold}). */
    public synchronized long refusedEvents() {
        return refused;
    }

    /** Events that could not be written yet. */
    public synchronized int pendingEvents() {
        return pending.size();
    }

    /** Whether the log is open (a log opened with {@link #openWhenItCan} may not be yet). */
    public synchronized boolean isOpen() {
        return connection != null;
    }

    @Override
    public synchronized void close() {
        if (!pending.isEmpty() && (connection != null || folder != null && tryOpen(clock.instant(), true))) {
            writePending();
        }
        if (!pending.isEmpty()) {
            problems.accept(pending.size() + " events could not be saved before Unhunch stopped (the break log could"
                    + " not be opened or written)");
        }
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            problems.accept("The break log did not close cleanly: " + e.getMessage());
        }
    }
}
