package org.unhunch.agent;

import org.unhunch.activity.ActivityRecorder;

/**
 * The stretch of time between two readings of the {@link AgentClock}: ticker readings taken
 * inside it map to agent time. When the machine slept during the window, a reading with a known
 * wall-clock time is placed by it (before or after the sleep, as it happened); one without is
 * placed relative to the window's end, that is after the sleep.
 */
public record ClockWindow(long fromTicker, long toTicker, long fromAgent, long toAgent, long toWallMillis, long scale,
                          boolean suspended) {

    /**
     * Agent time of a reading taken in this window, clamped into it.
     *
     * @param wallMillis the wall clock at the reading, or {@link ActivityRecorder#NONE} if not known
     */
    public long agentTime(long tickerReading, long wallMillis) {
        long agent;
        if (!suspended) {
            agent = fromAgent + (tickerReading - fromTicker) * scale;
        } else if (wallMillis != ActivityRecorder.NONE) {
            agent = toAgent - (toWallMillis - wallMillis) * 1_000_000L * scale;
        } else {
            agent = toAgent - (toTicker - tickerReading) * scale;
        }
        return Math.max(fromAgent, Math.min(toAgent, agent));
    }
}
