package org.unhunch.activity;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Activity seen through the platform's idle time instead of a hook: "the last input was {@code i}
 * ago" is recorded as {@link ActivityKind#INPUT} at that moment, so the model's latest activity is
 * exact whenever it is read. It is read only when the loop asks — at each wake-up, which comes at
 * the model's deadlines — and, while the person is away, by the platform's return watch where there
 * is one, otherwise by a sample every {@link #SAMPLE_WHILE_AWAY}. A session start found by a sample
 * is late by at most that much. At any other time it costs nothing.
 */
public final class IdleTimeSource implements ActivitySource, AskedActivity {

    /** How often the idle time is read while nobody is at the desk, where the platform cannot tell of a return. */
    public static final Duration SAMPLE_WHILE_AWAY = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(IdleTimeSource.class);
    /**
     * How coarse a platform's count may be (whole milliseconds; Windows' tick moves in steps of
     * about 16 ms): a reading that places the last input no more than this after the one known is
     * the same input. How long the reading itself took is allowed for apart.
     */
    static final long GRAIN_NANOS = 100_000_000;

    private final IdleTimeReader reader;
    private final Sampler sampler;
    private final Duration sampleEvery;
    private ActivityRecorder recorder;
    /** Ticker reading of the latest input known (recorded, or seen at the start); the latest it can have been. */
    private long lastInput;
    private boolean unreadable;
    private Sampler.Sampling sampling;
    private boolean returnWatched;
    private Duration quietWatched;

    public IdleTimeSource(IdleTimeReader reader) {
        this(reader, Sampler.onThread("unhunch-idle-sample"), SAMPLE_WHILE_AWAY);
    }

    IdleTimeSource(IdleTimeReader reader, Sampler sampler, Duration sampleEvery) {
        this.reader = reader;
        this.sampler = sampler;
        this.sampleEvery = sampleEvery;
    }

    @Override
    public String description() {
        return "the system's idle time: " + reader.description();
    }

    @Override
    public boolean seesKeyboard() {
        return true;
    }

    /**
     * Reads once: input before now is only where the count starts (the agent sees what comes after
     * its start, as with the hook).
     */
    @Override
    public synchronized void start(ActivityRecorder recorder) throws ActivitySourceUnavailableException {
        Ticker ticker = recorder.ticker();
        long idle;
        try {
            idle = reader.idleMillis();
        } catch (IdleTimeUnreadableException e) {
            throw new ActivitySourceUnavailableException(reader.description() + " cannot be read: " + e.getMessage());
        }
        lastInput = ticker.read() - nanos(idle);
        this.recorder = recorder;
    }

    @Override
    public synchronized void readNow() {
        if (recorder == null) {
            return;
        }
        Ticker ticker = recorder.ticker();
        long before = ticker.read();
        long idle;
        try {
            idle = reader.idleMillis();
        } catch (IdleTimeUnreadableException e) {
            if (!unreadable) {
                unreadable = true;
                LOG.warn("{} cannot be read ({}); input is not seen until it can be", reader.description(),
                        e.getMessage());
            }
            return;
        }
        if (unreadable) {
            unreadable = false;
            LOG.info("{} can be read again", reader.description());
        }
        long idleNanos = nanos(idle);
        if (before - idleNanos - GRAIN_NANOS > lastInput) {
            recorder.recordAgo(ActivityKind.INPUT, Math.max(0, ticker.read() - (before - idleNanos)));
            lastInput = ticker.read() - idleNanos;
        }
    }

    @Override
    public synchronized void watchForReturn(boolean away) {
        if (recorder == null) {
            return;
        }
        if (!away) {
            stopWatchingForReturn();
            return;
        }
        if (returnWatched || sampling != null) {
            return;
        }
        if (reader.watchForReturn(this::returned)) {
            returnWatched = true;
        } else {
            sampling = sampler.every(sampleEvery, this::readNow);
        }
    }

    private void returned() {
        synchronized (this) {
            returnWatched = false;
        }
        readNow();
    }

    private void stopWatchingForReturn() {
        if (returnWatched) {
            returnWatched = false;
            reader.endReturnWatch();
        }
        if (sampling != null) {
            sampling.stop();
            sampling = null;
        }
    }

    @Override
    public synchronized boolean watchForQuiet(Duration quiet, Runnable onQuiet) {
        if (recorder == null) {
            return false;
        }
        if (quiet.equals(quietWatched)) {
            return true;
        }
        if (reader.watchForQuiet(quiet, onQuiet)) {
            quietWatched = quiet;
            return true;
        }
        quietWatched = null;
        return false;
    }

    @Override
    public synchronized void endQuietWatch() {
        if (quietWatched != null) {
            quietWatched = null;
            reader.endQuietWatch();
        }
    }

    @Override
    public synchronized void close() {
        stopWatchingForReturn();
        endQuietWatch();
        sampler.close();
        recorder = null;
        reader.close();
    }

    /** A reading the platform got wrong (a negative count) is taken as input just now. */
    private static long nanos(long idleMillis) {
        return Math.max(0, idleMillis) * 1_000_000;
    }
}
