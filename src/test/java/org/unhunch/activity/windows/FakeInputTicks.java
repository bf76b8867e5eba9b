package org.unhunch.activity.windows;

import java.util.OptionalInt;
import org.unhunch.activity.FakeTicker;

/**
 * A fake idle clock for Windows: a tick count that moves with a test's ticker, a millisecond a
 * millisecond, from where the test starts it, and the low 32 bits of it at the last input.
 */
final class FakeInputTicks implements InputTicks {

    private final FakeTicker ticker;
    private final long origin;
    private final long startTick;
    private int lastInput;
    private boolean failing;
    private boolean functionsMissing;

    /** Starts with an input now. */
    FakeInputTicks(FakeTicker ticker, long startTick) {
        this.ticker = ticker;
        this.origin = ticker.read();
        this.startTick = startTick;
        input();
    }

    void input() {
        lastInput = (int) tickCount();
    }

    /** An input stamped {@code millis} after the tick count now, as input injected with a time of its own can be. */
    void inputAhead(int millis) {
        lastInput = (int) tickCount() + millis;
    }

    void failing(boolean failing) {
        this.failing = failing;
    }

    /** From now on, each call fails as JNA's does where the library lacks the function. */
    void functionsMissing() {
        functionsMissing = true;
    }

    @Override
    public OptionalInt lastInputTick() {
        lookUp();
        return failing ? OptionalInt.empty() : OptionalInt.of(lastInput);
    }

    @Override
    public long tickCount() {
        lookUp();
        return startTick + (ticker.read() - origin) / 1_000_000;
    }

    private void lookUp() {
        if (functionsMissing) {
            throw new UnsatisfiedLinkError("Error looking up function");
        }
    }
}
