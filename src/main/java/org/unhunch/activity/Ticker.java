package org.unhunch.activity;

/** A monotonic clock in nanoseconds; only differences between readings mean anything. */
@FunctionalInterface
public interface Ticker {

    Ticker SYSTEM = System::nanoTime;

    long read();
}
