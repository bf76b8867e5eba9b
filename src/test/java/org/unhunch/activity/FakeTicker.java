package org.unhunch.activity;

/** A ticker that moves only when a test moves it. */
public final class FakeTicker implements Ticker {

    private long now;

    public FakeTicker(long start) {
        this.now = start;
    }

    @Override
    public long read() {
        return now;
    }

    public void set(long nanos) {
        now = nanos;
    }

    public void advance(long nanos) {
        now += nanos;
    }
}
