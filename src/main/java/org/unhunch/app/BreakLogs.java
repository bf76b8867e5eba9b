package org.unhunch.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.records.BreakLog;
import org.unhunch.records.MemoryBreakLog;
import org.unhunch.records.SqliteBreakLog;

/** Where a run of the agent keeps its breaks. */
final class BreakLogs {

    private static final Logger LOG = LoggerFactory.getLogger(BreakLogs.class);

    private BreakLogs() {
    }

    /**
     * The break log in the data folder (one that cannot be opened yet keeps the events in memory
     * until it can); for a time-scaled run, whose times are the model's and not the person's, a log
     * in memory only, forgotten at the stop, which is said on {@code tell} and in the log.
     */
    static BreakLog forRun(Path dataDirectory, long timeScale, Duration retention, Consumer<String> tell) {
        if (timeScale == 1) {
            return SqliteBreakLog.openWhenItCan(dataDirectory, Clock.systemUTC(), retention, LOG::warn);
        }
        String note = "with --time-scale " + timeScale + " the breaks are kept in memory only, for this run's"
                + " history window, and forgotten at the stop; the break log "
                + dataDirectory.resolve(SqliteBreakLog.FILE_NAME) + " is not written";
        LOG.info("Time-scaled run: {}", note);
        tell.accept(note);
        return new MemoryBreakLog();
    }
}
