package org.unhunch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A command's whole output, written at once to standard output: a reader that stopped early
 * ({@code | head}) ends the command quietly with 0, any other write error (a full disk,
 * {@code /dev/full}) is one line and {@link ExitStatus#CANNOT_BE_DONE}.
 */
final class StandardOutput {

    private StandardOutput() {
    }

    /** Writes {@code text}; returns the exit status, having said why on {@code err} if it failed. */
    static int write(OutputStream out, CharSequence text, PrintWriter err, String command) {
        try {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return ExitStatus.OK;
        } catch (IOException e) {
            if (ClosedPipe.is(e)) {
                return ExitStatus.OK;
            }
            err.println("unhunch " + command + ": standard output cannot be written (" + e.getMessage() + ")");
            return ExitStatus.CANNOT_BE_DONE;
        }
    }
}
