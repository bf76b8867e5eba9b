package org.unhunch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.unhunch.agent.DataDirectory;
import org.unhunch.records.LoggedEvent;
import org.unhunch.records.SqliteBreakLog;

/** Reading the agent's break log from the commands that report on it, while the agent may be writing. */
final class BreakLogFiles {

    private BreakLogFiles() {
    }

    static Path folder() {
        return DataDirectory.forCurrentUser();
    }

    /**
     * The events of the local days {@code from} to {@code to}, or empty after saying why on {@code err}
     * (no log yet); also says where damaged logs were kept.
     */
    static Optional<List<LoggedEvent>> read(LocalDate from, LocalDate to, ZoneId zone, PrintWriter err, String command)
            throws IOException {
        Path folder = folder();
        for (Path damaged : SqliteBreakLog.damagedFiles(folder)) {
            err.println(command + ": note: a damaged break log was kept at " + damaged);
        }
        Path file = folder.resolve(SqliteBreakLog.FILE_NAME);
        if (!Files.exists(file)) {
            err.println(command + ": no breaks recorded yet (there is no break log at " + file + ")");
            return Optional.empty();
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        try (SqliteBreakLog log = SqliteBreakLog.openForReading(file)) {
            return Optional.of(log.events(start, end));
        } catch (SQLException | IllegalStateException e) {
            err.println(command + ": the break log " + file + " cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }
}
