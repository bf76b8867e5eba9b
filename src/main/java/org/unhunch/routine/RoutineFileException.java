package org.unhunch.routine;

import org.unhunch.text.TerminalText;

/**
 * A routine file that cannot be used; the message names the file and the line or field. Control
 * characters in it (from the file's name or content) are escaped, so it is safe to print.
 */
public final class RoutineFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public RoutineFileException(String message) {
        super(TerminalText.escape(message));
    }

    public RoutineFileException(String message, Throwable cause) {
        super(TerminalText.escape(message), cause);
    }
}
