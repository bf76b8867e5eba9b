package org.unhunch.activity;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * Where activity sources record input: for each kind, the ticker reading of the first and the
 * latest activity since the agent last drained it. Recording is O(1), lock-free and allocates
 * nothing, so it can run on the input hook's thread for every event. The first activity after a
 * drain may wake whoever waits for it.
 */
public final class ActivityRecorder {

    /** No activity of this kind since the last drain. */
    public static final long NONE = Long.MIN_VALUE;

    private static final int KINDS = ActivityKind.values().length;

    private final Ticker ticker;
    private final LongSupplier wallMillis;
    /** Index {@code 2 * kind} holds the first reading, {@code 2 * kind + 1} the latest. */
    private final AtomicLongArray readings = new AtomicLongArray(2 * KINDS);
    /** The wall clock at each kind's first reading, so a window with a sleep in it can place it. */
    private final AtomicLongArray firstWallMillis = new AtomicLongArray(KINDS);
    private volatile Runnable onFirstActivity = () -> { };

    public ActivityRecorder(Ticker ticker) {
        this(ticker, System::currentTimeMillis);
    }

    public ActivityRecorder(Ticker ticker, LongSupplier wallMillis) {
        this.ticker = ticker;
        this.wallMillis = wallMillis;
        for (int i = 0; i < readings.length(); i++) {
            readings.set(i, NONE);
        }
        for (int i = 0; i < KINDS; i++) {
            firstWallMillis.set(i, NONE);
        }
    }

    public Ticker ticker() {
        return ticker;
    }

    /** Called (on the recording thread) when a drained recorder sees activity again. */
    public void onFirstActivity(Runnable wakeUp) {
        this.onFirstActivity = wakeUp;
    }

    public void record(ActivityKind kind) {
        record(kind, ticker.read(), 0);
    }

    /**
     * Records activity that came {@code agoNanos} before now, as an idle-time reading tells it: the
     * platform counted the time since the last input, so the ticker reading of that input is known.
     * Readings recorded this way must not go backwards.
     */
    public void recordAgo(ActivityKind kind, long agoNanos) {
        if (agoNanos < 0) {
            throw new IllegalArgumentException("activity cannot come after now: " + agoNanos + " ns ago");
        }
        record(kind, ticker.read() - agoNanos, agoNanos);
    }

    private void record(ActivityKind kind, long at, long agoNanos) {
        int first = 2 * kind.ordinal();
        if (readings.get(first) == NONE && readings.compareAndSet(first, NONE, at)) {
            firstWallMillis.set(kind.ordinal(), wallMillis.getAsLong() - agoNanos / 1_000_000);
            readings.set(first + 1, at);
            onFirstActivity.run();
        } else {
            readings.lazySet(first + 1, at);
        }
    }

    /**
     * Takes the readings recorded since the last drain and clears them.
     *
     * @return {@link ActivityWindow} of first and latest readings per kind ({@link #NONE} where none)
     */
    public ActivityWindow drain() {
        long[] firstAndLatest = new long[2 * KINDS];
        long[] firstWall = new long[KINDS];
        for (int kind = 0; kind < KINDS; kind++) {
            long first = readings.getAndSet(2 * kind, NONE);
            long latest = readings.getAndSet(2 * kind + 1, NONE);
            long wall = firstWallMillis.getAndSet(kind, NONE);
            // A record() racing with the drain can leave one of the pair for the next drain.
            firstAndLatest[2 * kind] = first == NONE ? latest : first;
            firstAndLatest[2 * kind + 1] = latest == NONE ? first : latest;
            firstWall[kind] = first == NONE ? NONE : wall;
        }
        return new ActivityWindow(firstAndLatest, firstWall);
    }

    /** Whether anything was recorded since the last drain. */
    public boolean hasActivity() {
        for (int i = 0; i < readings.length(); i++) {
            if (readings.get(i) != NONE) {
                return true;
            }
        }
        return false;
    }
}
