package org.unhunch.records;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Connections to a break-log file. SQLite opens the file only if it is no symbolic link
 * ({@code SQLITE_OPEN_NOFOLLOW}; it never follows one for a {@code -wal} or {@code -shm}), and
 * with {@code trusted_schema} off, so that even a schema that got past {@link LogFileCheck} could
 * call no function or virtual table with side effects.
 */
final class LogConnections {

    private static final int SQLITE_OPEN_READONLY = 0x1;
    private static final int SQLITE_OPEN_READWRITE = 0x2;
    private static final int SQLITE_OPEN_CREATE = 0x4;
    private static final int SQLITE_OPEN_NOFOLLOW = 0x0100_0000;

    private LogConnections() {
    }

    /** For looking and reading: never writes, never checkpoints a {@code -wal} into the file. */
    static Connection readOnly(Path file) throws SQLException {
        return open(file, SQLITE_OPEN_READONLY, 5000);
    }

    /** For the writer, which waits at most 1 s for another writer (the event then waits in memory). */
    static Connection readWrite(Path file) throws SQLException {
        return open(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, 1000);
    }

    private static Connection open(Path file, int flags, int busyMillis) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("open_mode", Integer.toString(flags | SQLITE_OPEN_NOFOLLOW));
        SqliteLibraryFolder.prepare();
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA trusted_schema=OFF");
            statement.execute("PRAGMA busy_timeout=" + busyMillis);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
