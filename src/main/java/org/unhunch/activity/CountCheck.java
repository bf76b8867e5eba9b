package org.unhunch.activity;

/**
 * Whether a platform's idle count is seen to count real time. Some answer the same call with a
 * count that never moves (a stub that always says 0) or in seconds where milliseconds are read
 * (GetSessionIdleTime on some freedesktop screen savers); read as milliseconds, either says there
 * was input a moment ago at every reading, and nobody at the desk would look like someone typing.
 * A real count is proven by two readings with no input between them: the count grew by the time
 * that passed, and by enough that a count in seconds or a stuck one cannot match it.
 */
final class CountCheck {

    /** How much a count must grow between two readings to prove itself. */
    static final long PROOF_NANOS = 200_000_000;

    private boolean proven;
    private long readings;
    private long previousAt;
    private long previousIdle;
    private long previousReadNanos;

    boolean proven() {
        return proven;
    }

    long readings() {
        return readings;
    }

    /**
     * One reading.
     *
     * @param at ticker reading when the reading was asked
     * @param idleNanos what the platform answered
     * @param readNanos how long the reading took
     * @return true if this reading proved the count
     */
    boolean read(long at, long idleNanos, long readNanos) {
        long allowance = IdleTimeSource.GRAIN_NANOS + readNanos + previousReadNanos;
        boolean proves = !proven && readings > 0 && idleNanos - previousIdle >= PROOF_NANOS
                && Math.abs(idleNanos - previousIdle - (at - previousAt)) <= allowance;
        readings++;
        previousAt = at;
        previousIdle = idleNanos;
        previousReadNanos = readNanos;
        proven |= proves;
        return proves;
    }
}
