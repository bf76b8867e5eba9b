package org.unhunch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.unhunch.agent.DataDirectory;
import org.unhunch.agent.PrivateDataFolder;
import org.unhunch.records.EventsRead;
import org.unhunch.records.SqliteBreakLog;

/** Reading the agent's break log from the commands that report on it, while the agent may be writing. */
final class BreakLogFiles {

    /** The log exists but cannot be read; what is wrong was said on the error stream (exit status 1). */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private BreakLogFiles() {
    }

    static Path folder() {
        return DataDirectory.forCurrentUser();
    }

    /**
     * The events of the local days {@code from} to {@code to}, or empty after saying on {@code err}
     * that there is no log yet. Also says where files were moved aside and how many rows could not be read.
     *
     * @throws Unreadable after saying on {@code err} why the log cannot be read
     */
    static Optional<EventsRead> read(LocalDate from, LocalDate to, ZoneId zone, PrintWriter err, String command)
            throws Unreadable {
        Path folder = ownFolder(err, command);
        sayWhatWasMovedAside(folder, err, command);
        Path file = folder.resolve(SqliteBreakLog.FILE_NAME);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            err.println(command + ": no breaks recorded yet (there is no break log at " + file + ")");
            return Optional.empty();
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        try (SqliteBreakLog log = SqliteBreakLog.openForReading(file)) {
            EventsRead read = log.read(start, end);
            read.skippedNote().ifPresent(note -> err.println(command + ": note: " + note));
            return Optional.of(read);
        } catch (SQLException | IllegalStateException e) {
            err.println(command + ": the break log " + file + " cannot be read: " + e.getMessage());
            throw new Unreadable(e.getMessage());
        }
    }

    /**
     * The data folder, unless it belongs to another user (who could read the history there, and
     * change what is read): then that is said on {@code err}.
     *
     * @throws Unreadable after saying why the folder is not used
     */
    static Path ownFolder(PrintWriter err, String command) throws Unreadable {
        Path folder = folder();
        try {
            PrivateDataFolder.requireOwn(folder);
        } catch (IOException e) {
            err.println(command + ": " + e.getMessage());
            throw new Unreadable(e.getMessage());
        }
        return folder;
    }

    static void sayWhatWasMovedAside(Path folder, PrintWriter err, String command) {
        try {
            for (Path damaged : SqliteBreakLog.damagedFiles(folder)) {
                err.println(command + ": note: a damaged break log was kept at " + damaged);
            }
            for (Path foreign : SqliteBreakLog.foreignFiles(folder)) {
                err.println(command + ": note: a file that was not Unhunch's break log was kept at " + foreign);
            }
        } catch (IOException e) {
            err.println(command + ": note: the data folder " + folder + " cannot be listed (" + e.getMessage() + ")");
        }
    }
}
