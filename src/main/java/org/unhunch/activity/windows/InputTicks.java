package org.unhunch.activity.windows;

import java.util.OptionalInt;

/** The two counts Windows' idle time is made of, as the native calls answer them; a test fakes them. */
interface InputTicks {

    /**
     * The tick count at the last input to this session ({@code GetLastInputInfo}'s {@code dwTime}):
     * milliseconds, the low 32 bits only, so it wraps every 49.7 days.
     *
     * @return empty if the call failed
     */
    OptionalInt lastInputTick();

    /** Milliseconds since the system started ({@code GetTickCount64}), all 64 bits. */
    long tickCount();
}
