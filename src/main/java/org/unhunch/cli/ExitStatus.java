package org.unhunch.cli;

import org.unhunch.app.StartRefused;

/** The command line's exit statuses: one table for every command (README, "Exit status"). */
final class ExitStatus {

    static final int OK = 0;
    /**
     * What was asked cannot be done: no way to see activity, a store or break log that cannot be read
     * or written, output that cannot be written.
     */
    static final int CANNOT_BE_DONE = 1;
    /** Bad input: usage, files, settings. */
    static final int BAD_INPUT = 2;
    /** No graphical display to watch. */
    static final int NO_DISPLAY = 3;
    /** A failure nobody foresaw: a bug in Unhunch (EX_SOFTWARE of sysexits.h). */
    static final int BUG = 70;

    private ExitStatus() {
    }

    /** The status of an agent's start that was refused. */
    static int of(StartRefused.Reason reason) {
        return switch (reason) {
            case NO_DISPLAY -> NO_DISPLAY;
            case ALREADY_RUNNING -> OK;
            case BAD_INPUT -> BAD_INPUT;
            case CANNOT_BE_DONE -> CANNOT_BE_DONE;
        };
    }
}
