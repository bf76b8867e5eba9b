package org.unhunch.records;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.unhunch.records.LogSchema.SchemaObject;
import org.unhunch.text.TerminalText;

/**
 * Whose file {@code breaks.db} is, found out without writing a byte of it. The file is read through
 * a read-only connection, which sees a {@code -wal} beside it as the writer would (so a foreign
 * {@code -wal} shows as a foreign database) and never checkpoints it into the file.
 *
 * <p>An Unhunch log carries {@link #APPLICATION_ID}. Logs of schema 1 and 2 written before it did
 * carry 0 and are recognised by their {@code events} table as Unhunch made it. Whatever the mark, a
 * file holding any schema object a log never holds ({@link LogSchema}) is not Unhunch's.
 */
final class LogFileCheck {

    /** {@code PRAGMA application_id} of an Unhunch break log: "UNHB". */
    static final int APPLICATION_ID = 0x554E4842;

    enum Kind {
        /** No file, an empty one, or a database with nothing in it: a new log is started there. */
        NONE,
        /** An Unhunch break log of schema {@code version}; {@code marked} when it carries {@link #APPLICATION_ID}. */
        OURS,
        /** An Unhunch break log of a newer schema than this version knows: neither read nor changed. */
        NEWER,
        /** Another application's database, or an Unhunch log with another database's {@code -wal} beside it. */
        FOREIGN,
        /** Corrupt, not a database, failing {@code quick_check}, or marked as a log without a log's tables. */
        DAMAGED
    }

    /** What the check found; {@code detail} says why, in words a message can quote. */
    record Verdict(Kind kind, int version, boolean marked, String detail) {

        static Verdict none() {
            return new Verdict(Kind.NONE, 0, false, "no log yet");
        }
    }

    /** {@code PRAGMA quick_check} said something other than ok. */
    static final class QuickCheckFailed extends SQLException {
        private static final long serialVersionUID = 1L;

        QuickCheckFailed(String verdict) {
            super("quick_check: " + verdict);
        }
    }

    private LogFileCheck() {
    }

    /**
     * Looks at {@code file} (and its {@code -wal}) read-only.
     *
     * @param quickCheck also run {@code PRAGMA quick_check} (the writer does, at start)
     * @throws SQLException when the file cannot be looked at (locked, unreadable): not a verdict on it
     */
    static Verdict check(Path file, boolean quickCheck) throws SQLException {
        Optional<Verdict> empty = withoutDatabase(file);
        if (empty.isPresent()) {
            return empty.get();
        }
        try (Connection connection = openReadOnly(file)) {
            return inspect(connection, quickCheck);
        } catch (SQLException e) {
            if (isDamage(e)) {
                return new Verdict(Kind.DAMAGED, 0, false, e.getMessage());
            }
            throw e;
        }
    }

    /**
     * The verdict on a {@code file} SQLite need not (or must not) open: missing, empty, or not starting
     * as an SQLite database does (SQLite takes a short file of anything for an empty database, and would
     * write over it); empty when SQLite is to look.
     */
    static Optional<Verdict> withoutDatabase(Path file) {
        long size = sizeOf(file);
        if (size > 0) {
            return startsAsDatabase(file) ? Optional.empty()
                    : Optional.of(new Verdict(Kind.DAMAGED, 0, false, "it is not an SQLite database"));
        }
        // SQLite deletes a -wal beside an empty database when it opens it: keep it, as damage.
        return Optional.of(sizeOf(file.resolveSibling(file.getFileName() + "-wal")) > 0
                ? new Verdict(Kind.DAMAGED, 0, false, "a -wal file was there without its database")
                : Verdict.none());
    }

    private static boolean startsAsDatabase(Path file) {
        byte[] start = new byte[HEADER_SIZE];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(start, 0, HEADER_SIZE) == HEADER_SIZE
                    && Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
        } catch (IOException e) {
            return true; // cannot tell: SQLite is to look, and says what is wrong
        }
    }

    private static final int HEADER_SIZE = 100;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    static Connection openReadOnly(Path file) throws SQLException {
        return LogConnections.readOnly(file);
    }

    /**
     * As {@link #check}, on a connection already open (a reader keeps it to read). Nothing of the
     * file's schema runs before the verdict: the header and {@code sqlite_schema} are only read, and
     * {@code quick_check} runs only on a file found to be ours or empty.
     */
    static Verdict inspect(Connection connection, boolean quickCheck) throws SQLException {
        int applicationId = Integer.parseInt(single(connection, "PRAGMA application_id"));
        int userVersion = Integer.parseInt(single(connection, "PRAGMA user_version"));
        Verdict verdict = classify(applicationId, userVersion, schema(connection));
        if (quickCheck && (verdict.kind() == Kind.OURS || verdict.kind() == Kind.NONE)) {
            String result = single(connection, "PRAGMA quick_check");
            if (!"ok".equals(result)) {
                throw new QuickCheckFailed(result);
            }
        }
        return verdict;
    }

    /** Every row of {@code sqlite_schema}, SQLite's own names included. */
    private static List<SchemaObject> schema(Connection connection) throws SQLException {
        List<SchemaObject> objects = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_schema"
                     + " ORDER BY name")) {
            while (rows.next()) {
                objects.add(new SchemaObject(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4)));
            }
        }
        return objects;
    }

    /**
     * The verdict on a file with this header and these schema objects. Any object a log never holds
     * ({@link LogSchema#isKnown}) makes it foreign; else its events table says its shape.
     */
    static Verdict classify(int applicationId, int userVersion, List<SchemaObject> objects) {
        String what = describe(applicationId, userVersion, objects.stream().filter(object ->
                "table".equals(object.type()) && !String.valueOf(object.name()).startsWith("sqlite_stat")).toList());
        if (applicationId == APPLICATION_ID && userVersion > SqliteBreakLog.SCHEMA_VERSION) {
            return new Verdict(Kind.NEWER, userVersion, true, "the break log is from a newer Unhunch (schema "
                    + userVersion + "); this one reads " + SqliteBreakLog.SCHEMA_VERSION);
        }
        List<SchemaObject> strangers = objects.stream().filter(object -> !LogSchema.isKnown(object)).toList();
        if (!strangers.isEmpty()) {
            return new Verdict(Kind.FOREIGN, 0, false, "it is not an Unhunch break log: it holds "
                    + describe(applicationId, userVersion, strangers) + ", which Unhunch never creates");
        }
        int shape = objects.stream().map(LogSchema::eventsVersion).flatMap(Optional::stream).findFirst().orElse(0);
        if (applicationId == APPLICATION_ID) {
            return shape == userVersion
                    ? new Verdict(Kind.OURS, userVersion, true, what)
                    : new Verdict(Kind.DAMAGED, 0, true, "it is marked as an Unhunch break log but holds " + what);
        }
        if (applicationId == 0) {
            if (shape == 0 && userVersion == 0) {
                return new Verdict(Kind.NONE, 0, false, "an empty database");
            }
            // Schema 1 was created in two steps (table, then user_version), so 0 can hold a version 1 table.
            if (shape == 1 && (userVersion == 1 || userVersion == 0) || shape == 2 && userVersion == 2) {
                return new Verdict(Kind.OURS, shape, false, what);
            }
        }
        return new Verdict(Kind.FOREIGN, 0, false, "it is not an Unhunch break log but another database, with "
                + what);
    }

    /** SQLite's "corrupt" or "not a database", or a failed quick_check; nothing else means damage. */
    static boolean isDamage(SQLException failure) {
        int primary = failure.getErrorCode() & 0xff;
        return failure instanceof QuickCheckFailed || primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
    }

    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private static String describe(int applicationId, int userVersion, List<SchemaObject> objects) {
        String tables = objects.isEmpty() ? "no tables"
                : (objects.size() == 1 ? "" : objects.size() + " objects: ")
                + String.join(", ", objects.stream().limit(5).map(object -> printable(object.toString())).toList())
                + (objects.size() > 5 ? ", …" : "");
        return tables + " (application id " + String.format("0x%08X", applicationId) + ", user version "
                + userVersion + ")";
    }

    private static String printable(String text) {
        return TerminalText.shortened(text, 60);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : "no answer";
        }
    }

    /** The file's size, -1 when there is none; a file that cannot be measured is left for SQLite to judge. */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            return -1;
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
