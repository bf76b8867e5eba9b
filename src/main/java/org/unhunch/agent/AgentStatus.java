package org.unhunch.agent;

import java.util.OptionalLong;
import org.unhunch.activity.Ticker;
import org.unhunch.sitting.BreakFlow;

/**
 * What the agent looked like at its last wake-up, for displays on other threads (the tray's
 * tooltip, the prompt card kept off a locked screen): agent times, whether a due break's prompt is
 * held while the person is busy, whether the screen is locked, and the
 * ticker reading that goes with {@code agentNow} so a display can tell the agent time at any
 * later moment.
 */
public record AgentStatus(long agentNow, long tickerNow, long timeScale, BreakFlow flow, boolean paused,
                          boolean held, OptionalLong sessionStart, OptionalLong breakDue, boolean locked) {

    public static final AgentStatus STARTING = new AgentStatus(0, 0, 1, BreakFlow.AWAY, false, false,
            OptionalLong.empty(), OptionalLong.empty(), false);

    /** The agent time at ticker reading {@code tickerReading} (after this status was taken). */
    public long agentTimeAt(long tickerReading) {
        return agentNow + Math.max(0, tickerReading - tickerNow) * timeScale;
    }

    public long agentTimeNow(Ticker ticker) {
        return agentTimeAt(ticker.read());
    }
}
