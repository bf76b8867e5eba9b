package org.unhunch.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.unhunch.records.LoggedEvent;
import org.unhunch.sitting.SittingSettings;

/**
 * What the command line asks of this run of the agent.
 *
 * @param atStart     the model settings at the start, the command line's included
 * @param commandLine puts this run's {@code --set} values on top of settings read later; throws
 *                    {@link IllegalArgumentException} when they do not go together
 * @param routineFile routines of the person's own, or null
 * @param routineId   the routine to guide, or null for the one the settings name
 * @param export      writes the history window's export
 * @param quit        the tray's Quit
 */
public record AgentOptions(boolean headless, long timeScale, SittingSettings atStart,
                           UnaryOperator<SittingSettings> commandLine, Path routineFile, String routineId,
                           Export export, Runnable quit) {

    /** Writes events to a file, in the export's format. */
    @FunctionalInterface
    public interface Export {
        void write(List<LoggedEvent> events, Path file) throws IOException;
    }
}
