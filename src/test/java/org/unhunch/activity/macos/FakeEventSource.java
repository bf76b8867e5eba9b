package org.unhunch.activity.macos;

import org.unhunch.activity.FakeTicker;

/**
 * A fake idle clock for macOS: the seconds since the last input, counted on a test's ticker, or
 * whatever answer the test makes it give instead. It keeps what it was last asked.
 */
final class FakeEventSource implements CoreGraphicsEventSource {

    private final FakeTicker ticker;
    private long lastInput;
    private Double fixedAnswer;
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
        fixedAnswer = seconds;
    }

    @Override
    public double CGEventSourceSecondsSinceLastEventType(int sourceState, int eventType) {
        askedState = sourceState;
        askedType = eventType;
        return fixedAnswer != null ? fixedAnswer : (ticker.read() - lastInput) / 1e9;
    }
}
