package org.unhunch.cli;

import java.io.IOException;
import java.util.Locale;

/**
 * Standard output whose reader has gone ({@code unhunch export | head}): the reader chose to stop,
 * so the command ends quietly instead of reporting a write error.
 */
final class ClosedPipe {

    private ClosedPipe() {
    }

    /** Whether {@code failure} is a write to a pipe nobody reads any more (Linux and macOS; Windows). */
    static boolean is(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("broken pipe") || message.contains("pipe is being closed")
                    || message.contains("pipe has been ended")) {
                return true;
            }
        }
        return false;
    }
}
