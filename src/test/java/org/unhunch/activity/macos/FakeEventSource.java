package org.unhunch.activity.macos;

import org.unhunch.activity.FakeTicker;

/**
 * A fake idle clock for macOS: the seconds since the last input, counted on a test's ticker, or
 * whatever broken answer the test makes it give. It keeps what it was last asked.
 */
final class FakeEventSource implements CoreGraphicsEventSource {

    private final FakeTicker ticker;
    private long lastInput;
    private Double brokenAnswer;
    int askedState;
    int askedType;

    /** Starts with an input now. */
    FakeEventSource(FakeTicker ticker) {
        this.ticker = ticker;
        input();
    }

    void input() {
        lastInput = ticker.read();
    }

    void answer(double seconds) {
        brokenAnswer = seconds;
    }

    @Override
    public double CGEventSourceSecondsSinceLastEventType(int sourceState, int eventType) {
        askedState = sourceState;
        askedType = eventType;
        return brokenAnswer != null ? brokenAnswer : (ticker.read() - lastInput) / 1e9;
    }
}
