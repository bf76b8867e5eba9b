package org.unhunch.activity;

import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Activity seen through the platform's idle time instead of a hook: "the last input was {@code i}
 * ago" is recorded as {@link ActivityKind#INPUT} at that moment, so the model's latest activity is
 * exact whenever it is read. It is read only when the loop asks — at each wake-up, which comes at
 * the model's deadlines — and, while the person is away, by the platform's return watch where there
 * is one, otherwise by a sample every {@link #SAMPLE_WHILE_AWAY}. A session start found by a sample
 * is late by at most that much. A return watch is checked by a sample every
 * {@link #CHECK_RETURN_WATCH}, as the platform may forget it (GNOME's shell restarted).
 *
 * <p>Until the count is seen to count real time ({@link CountCheck}) nothing is recorded: the
 * source samples every {@link #PROVE_EVERY} for {@link #PROVE_FAST_READINGS} readings, then as while
 * away. The input seen meanwhile is recorded once the count is proven.
 */
public final class IdleTimeSource implements ActivitySource, AskedActivity {

    /** How often the idle time is read while nobody is at the desk, where the platform cannot tell of a return. */
    public static final Duration SAMPLE_WHILE_AWAY = Duration.ofSeconds(2);
    /** How often a return watch is checked by a reading: the longest a return the platform forgot to tell is missed. */
    static final Duration CHECK_RETURN_WATCH = Duration.ofSeconds(30);
    static final Duration PROVE_EVERY = Duration.ofMillis(250);
    static final int PROVE_FAST_READINGS = 40;
    /** After this many readings without proof the count is said, once, not to count time. */
    static final int UNPROVEN_WARNING_READINGS = 200;

    private static final Logger LOG = LoggerFactory.getLogger(IdleTimeSource.class);
    private static final long NONE = Long.MIN_VALUE;
    /**
     * How coarse a platform's count may be (whole milliseconds; Windows' tick moves in steps of
     * about 16 ms): a reading that places the last input no more than this after the one known is
     * the same input. How long the reading itself took is allowed for apart.
     */
    static final long GRAIN_NANOS = 100_000_000;

    private final IdleTimeReader reader;
    private final Sampler sampler;
    private final Duration sampleEvery;
    private final CountCheck count = new CountCheck();
    private ActivityRecorder recorder;
    /** Ticker reading of the latest input known (recorded, or seen at the start); the latest it can have been. */
    private long lastInput;
    /** Input seen before the count was proven, recorded when it is. */
    private long heldFirst = NONE;
    private long heldLatest = NONE;
    private boolean unreadable;
    private boolean away;
    private boolean returnWatched;
    private Sampler.Sampling sampling;
    private Duration sampledEvery;
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
        Reading reading;
        try {
            reading = ask(recorder.ticker());
        } catch (IdleTimeUnreadableException e) {
            throw new ActivitySourceUnavailableException(reader.description() + " cannot be read: " + e.getMessage());
        }
        count.read(reading.before(), reading.idleNanos(), reading.took());
        lastInput = reading.after() - reading.idleNanos();
        this.recorder = recorder;
        arrange();
    }

    @Override
    public synchronized void readNow() {
        read();
    }

    /** @return whether input was recorded */
    private boolean read() {
        if (recorder == null) {
            return false;
        }
        Reading reading;
        try {
            reading = ask(recorder.ticker());
        } catch (IdleTimeUnreadableException e) {
            if (!unreadable) {
                unreadable = true;
                LOG.warn("{} cannot be read ({}); input is not seen until it can be", reader.description(),
                        e.getMessage());
            }
            return false;
        }
        if (unreadable) {
            unreadable = false;
            LOG.info("{} can be read again", reader.description());
            arrange();
        }
        long idleNanos = reading.idleNanos();
        boolean proves = count.read(reading.before(), idleNanos, reading.took());
        boolean recorded = false;
        if (reading.before() - idleNanos - GRAIN_NANOS > lastInput) {
            recorded = seen(reading.before() - idleNanos);
            lastInput = reading.after() - idleNanos;
        }
        if (proves) {
            LOG.info("{} counts time; input is seen from now on", reader.description());
            recorded |= releaseHeld();
            arrange();
        } else if (!count.proven() && count.readings() == UNPROVEN_WARNING_READINGS) {
            LOG.warn("{} has not been seen counting time ({} readings, the latest {} ms); input is not counted until"
                    + " it is", reader.description(), count.readings(), idleNanos / 1_000_000);
        } else if (!count.proven() && count.readings() == PROVE_FAST_READINGS) {
            arrange();
        }
        return recorded;
    }

    /** Input at ticker reading {@code at}: recorded, or held while the count is unproven. */
    private boolean seen(long at) {
        if (count.proven()) {
            recorder.recordAgo(ActivityKind.INPUT, Math.max(0, recorder.ticker().read() - at));
            return true;
        }
        if (heldFirst == NONE) {
            heldFirst = at;
        }
        heldLatest = at;
        return false;
    }

    private boolean releaseHeld() {
        if (heldFirst == NONE) {
            return false;
        }
        long first = heldFirst;
        long latest = heldLatest;
        heldFirst = NONE;
        heldLatest = NONE;
        seen(first);
        if (latest != first) {
            seen(latest);
        }
        return true;
    }

    @Override
    public synchronized void watchForReturn(boolean away) {
        if (recorder == null) {
            return;
        }
        this.away = away;
        arrange();
    }

    /** The platform told of a return: read it; if the reading failed or found nothing, sample or watch again. */
    private void returned() {
        synchronized (this) {
            returnWatched = false;
            if (!read()) {
                arrange();
            }
        }
    }

    /**
     * Sets the return watch and the sampling for where things stand: a watch while away where the
     * platform offers one (once the count is proven and can be read), samples while away without
     * one, a slow check of the watch, and samples while the count is unproven.
     */
    private void arrange() {
        if (recorder == null) {
            return;
        }
        if (!away && returnWatched) {
            returnWatched = false;
            reader.endReturnWatch();
        } else if (away && !returnWatched && count.proven() && !unreadable) {
            returnWatched = reader.watchForReturn(this::returned);
        }
        sampleEvery(wantedSampling());
    }

    private Duration wantedSampling() {
        if (!count.proven()) {
            return count.readings() < PROVE_FAST_READINGS ? PROVE_EVERY : sampleEvery;
        }
        if (!away) {
            return null;
        }
        return returnWatched ? CHECK_RETURN_WATCH : sampleEvery;
    }

    private void sampleEvery(Duration interval) {
        if (Objects.equals(interval, sampledEvery)) {
            return;
        }
        if (sampling != null) {
            sampling.stop();
            sampling = null;
        }
        sampledEvery = interval;
        if (interval != null) {
            sampling = sampler.every(interval, this::readNow);
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
        away = false;
        arrange();
        sampleEvery(null);
        endQuietWatch();
        sampler.close();
        recorder = null;
        reader.close();
    }

    /** A reading the platform got wrong (a negative count) is taken as input just now. */
    private Reading ask(Ticker ticker) throws IdleTimeUnreadableException {
        long before = ticker.read();
        long idleNanos = Math.max(0, reader.idleMillis()) * 1_000_000;
        return new Reading(before, idleNanos, ticker.read());
    }

    /** One answer of the platform, between two ticker readings. */
    private record Reading(long before, long idleNanos, long after) {
        long took() {
            return after - before;
        }
    }
}
