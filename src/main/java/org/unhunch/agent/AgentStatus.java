package org.unhunch.agent;

import java.util.OptionalLong;
import java.util.Set;
import org.unhunch.activity.Ticker;
import org.unhunch.presence.Signal;
import org.unhunch.sitting.BreakFlow;

/**
 * What the agent looked like at its last wake-up, for displays on other threads (the tray's
 * tooltip, the prompt card kept off a locked screen): agent times, whether a due break's prompt is
 * held while the person is busy and what makes them busy ({@code heldFor}: a call, a presentation,
 * do-not-disturb; empty when not held), whether the screen is locked, and the
 * ticker reading that goes with {@code agentNow} so a display can tell the agent time at any
 * later moment.
 */
public record AgentStatus(long agentNow, long tickerNow, long timeScale, BreakFlow flow, boolean paused,
                          boolean held, Set<Signal> heldFor, OptionalLong sessionStart, OptionalLong breakDue,
                          boolean locked) {

    public static final AgentStatus STARTING = new AgentStatus(0, 0, 1, BreakFlow.AWAY, false, false, Set.of(),
            OptionalLong.empty(), OptionalLong.empty(), false);

    public AgentStatus {
        heldFor = Set.copyOf(heldFor);
    }

    /** The agent time at ticker reading {@code tickerReading} (after this status was taken). */
    public long agentTimeAt(long tickerReading) {
        return agentNow + Math.max(0, tickerReading - tickerNow) * timeScale;
    }

    public long agentTimeNow(Ticker ticker) {
        return agentTimeAt(ticker.read());
    }
}
