package org.unhunch.activity;

/** The first and latest ticker reading of each kind of activity in one drain of a recorder. */
public final class ActivityWindow {

    private final long[] firstAndLatest;
    private final long[] firstWallMillis;

    ActivityWindow(long[] firstAndLatest, long[] firstWallMillis) {
        this.firstAndLatest = firstAndLatest;
        this.firstWallMillis = firstWallMillis;
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

    /** The wall clock (ms) at the first reading of {@code kind}, or {@link ActivityRecorder#NONE}. */
    public long firstWallMillis(ActivityKind kind) {
        return firstWallMillis[kind.ordinal()];
    }

    /** The latest reading of {@code kind}, or {@link ActivityRecorder#NONE}. */
    public long latest(ActivityKind kind) {
        return firstAndLatest[2 * kind.ordinal() + 1];
    }
}
