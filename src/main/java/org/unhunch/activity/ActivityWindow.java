package org.unhunch.activity;

/** The first and latest ticker reading of each kind of activity in one drain of a recorder. */
public final class ActivityWindow {

    private final long[] firstAndLatest;

    ActivityWindow(long[] firstAndLatest) {
        this.firstAndLatest = firstAndLatest;
    }

    public boolean isEmpty() {
        for (long reading : firstAndLatest) {
            if (reading != ActivityRecorder.NONE) {
                return false;
            }
        }
        return true;
    }

    /** The first reading of {@code kind}, or {@link ActivityRecorder#NONE}. */
    public long first(ActivityKind kind) {
        return firstAndLatest[2 * kind.ordinal()];
    }

    /** The latest reading of {@code kind}, or {@link ActivityRecorder#NONE}. */
    public long latest(ActivityKind kind) {
        return firstAndLatest[2 * kind.ordinal() + 1];
    }
}
