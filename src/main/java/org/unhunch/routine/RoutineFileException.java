package org.unhunch.routine;

/** A routine file that cannot be used; the message names the file and the line or field. */
public final class RoutineFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public RoutineFileException(String message) {
        super(message);
    }

    public RoutineFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
