package org.unhunch.cli;

/** The command line's exit statuses. */
final class ExitStatus {

    static final int OK = 0;
    /** The agent could not start (no way to see activity), or the output cannot be written. */
    static final int AGENT_UNAVAILABLE = 1;
    /** What was asked cannot be done: a break log that cannot be read, output that cannot be written. */
    static final int CANNOT_BE_DONE = 1;
    /** Bad input: usage, files, settings. */
    static final int BAD_INPUT = 2;
    /** No graphical display to watch. */
    static final int NO_DISPLAY = 3;

    private ExitStatus() {
    }
}
