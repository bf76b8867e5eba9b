package org.unhunch.activity;

import java.time.Duration;
import java.util.function.LongUnaryOperator;

/**
 * A platform's idle count driven by a test: {@link #input()} is a key press or a pointer move the
 * platform saw; the idle time is the fake ticker's distance from the latest. Where it is told to,
 * it keeps the return and pause watches a desktop such as GNOME offers, for the test to fire.
 */
public final class FakeIdleClock implements IdleTimeReader {

    private final Ticker ticker;
    private final boolean watches;
    private final String description;
    private long lastInput;
    private int reads;
    private String unreadable;
    private Runnable onReturn;
    private Duration quiet;
    private Runnable onQuiet;
    private boolean closed;
    private long stepMillis = 1;
    private LongUnaryOperator answer = LongUnaryOperator.identity();

    /** @param watches whether it tells of a return and of a pause, as GNOME's idle monitor does */
    public FakeIdleClock(Ticker ticker, boolean watches) {
        this(ticker, watches, "a fake idle clock");
    }

    public FakeIdleClock(Ticker ticker, boolean watches, String description) {
        this.ticker = ticker;
        this.watches = watches;
        this.description = description;
        this.lastInput = ticker.read();
    }

    /** Input now: a return watch that is set fires. */
    public void input() {
        lastInput = ticker.read();
        Runnable watch = onReturn;
        onReturn = null;
        if (watch != null) {
            watch.run();
        }
    }

    /** From now on, reading fails with this reason ({@code null}: it answers again). */
    public void unreadable(String reason) {
        unreadable = reason;
    }

    /** From now on the count moves in steps of {@code stepMillis}, as Windows' tick does (about 16 ms). */
    public void coarse(long stepMillis) {
        this.stepMillis = stepMillis;
    }

    /** From now on the platform answers {@code answer} of the true idle milliseconds, as a broken one does. */
    public void answering(LongUnaryOperator answer) {
        this.answer = answer;
    }

    public int reads() {
        return reads;
    }

    public boolean watchingForReturn() {
        return onReturn != null;
    }

    /** The pause being watched for, or null. */
    public Duration watchedQuiet() {
        return quiet;
    }

    /** The platform's pause watch fires (the test has moved the ticker past the pause). */
    public void quietReached() {
        onQuiet.run();
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public long idleMillis() throws IdleTimeUnreadableException {
        reads++;
        if (unreadable != null) {
            throw new IdleTimeUnreadableException(unreadable);
        }
        long idle = answer.applyAsLong((ticker.read() - lastInput) / 1_000_000);
        return idle - idle % stepMillis;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean watchForReturn(Runnable onReturn) {
        if (watches) {
            this.onReturn = onReturn;
        }
        return watches;
    }

    @Override
    public void endReturnWatch() {
        onReturn = null;
    }

    @Override
    public boolean watchForQuiet(Duration quiet, Runnable onQuiet) {
        if (watches) {
            this.quiet = quiet;
            this.onQuiet = onQuiet;
        }
        return watches;
    }

    @Override
    public void endQuietWatch() {
        quiet = null;
        onQuiet = null;
    }

    @Override
    public void close() {
        closed = true;
    }
}
