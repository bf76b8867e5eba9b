package org.unhunch.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.files.LinksAside;
import org.unhunch.files.OwnerOnly;
import org.unhunch.records.BreakLog;
import org.unhunch.records.SqliteBreakLog;

/** Where a run of the agent keeps its breaks. */
final class BreakLogs {

    /** The folder, in the data folder, of the break log of time-scaled runs. */
    static final String TIME_SCALED = "time-scaled";

    private static final Logger LOG = LoggerFactory.getLogger(BreakLogs.class);

    private BreakLogs() {
    }

    /**
     * The break log in the data folder (one that cannot be opened yet keeps the events in memory
     * until it can). A time-scaled run's times are the model's, not the person's: it keeps its
     * breaks in a log of its own, {@code time-scaled/breaks.db}, which no report reads, and says so
     * on {@code tell} and in the log.
     */
    static BreakLog forRun(Path dataDirectory, long timeScale, Duration retention, Consumer<String> tell) {
        if (timeScale == 1) {
            return SqliteBreakLog.openWhenItCan(dataDirectory, Clock.systemUTC(), retention, LOG::warn);
        }
        Path folder = dataDirectory.resolve(TIME_SCALED);
        String note = "with --time-scale " + timeScale + " the breaks are kept apart, in "
                + folder.resolve(SqliteBreakLog.FILE_NAME) + " (which stats, export and history do not read);"
                + " your break log " + dataDirectory.resolve(SqliteBreakLog.FILE_NAME) + " is not written";
        LOG.info("Time-scaled run: {}", note);
        tell.accept(note);
        try {
            LinksAside.moveAside(folder, Clock.systemUTC().instant()).ifPresent(LOG::warn);
            OwnerOnly.createFolders(folder);
        } catch (IOException e) {
            // The log says it cannot be opened, and keeps the events in memory until it can.
        }
        return SqliteBreakLog.openWhenItCan(folder, Clock.systemUTC(), retention, LOG::warn);
    }
}
