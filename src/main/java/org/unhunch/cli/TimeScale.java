package org.unhunch.cli;

import java.io.PrintWriter;

/** The {@code --time-scale} of {@code run} and {@code demo}: how many times faster than real time, 1 to 10000. */
final class TimeScale {

    static final long MAX = 10_000;

    private TimeScale() {
    }

    /** Whether {@code timeScale} is in range; where it is not, says so on {@code err} as {@code command}. */
    static boolean inRange(long timeScale, PrintWriter err, String command) {
        if (timeScale >= 1 && timeScale <= MAX) {
            return true;
        }
        err.println(command + ": --time-scale " + timeScale + " is out of range; allowed 1 to " + MAX);
        return false;
    }
}
