package org.unhunch.agent;

/**
 * The stretch of time between two readings of the {@link AgentClock}: ticker readings taken
 * inside it map to agent time. When the machine slept during the window, when exactly is unknown;
 * the first activity of a window is then placed before the sleep and the latest after it, so the
 * sleep shows up as time away.
 */
public record ClockWindow(long fromTicker, long toTicker, long fromAgent, long toAgent, long scale,
                          boolean suspended) {

    /** Agent time of a ticker reading taken in this window, clamped into it. */
    public long agentTime(long tickerReading, boolean earliestOfItsKind) {
        long agent = suspended && !earliestOfItsKind
                ? toAgent - (toTicker - tickerReading) * scale
                : fromAgent + (tickerReading - fromTicker) * scale;
        return Math.max(fromAgent, Math.min(toAgent, agent));
    }
}
