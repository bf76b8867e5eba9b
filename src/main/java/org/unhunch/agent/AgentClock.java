package org.unhunch.agent;

import java.time.Clock;
import java.time.Duration;
import org.unhunch.activity.Ticker;

/**
 * The model's clock in the live agent: nanoseconds since the agent started, counted by the
 * monotonic ticker, so setting the wall clock (NTP, DST, by hand) never creates or erases sitting
 * time. Where the ticker stops while the machine sleeps (Linux, macOS), the wall clock running
 * ahead of it by more than {@link #SUSPEND_THRESHOLD} is taken as sleep and counted as elapsed
 * time: the person was away. {@code timeScale} runs the agent's time that many times faster (for
 * demonstrations and tests).
 */
public final class AgentClock {

    public static final Duration SUSPEND_THRESHOLD = Duration.ofSeconds(5);

    private final Ticker ticker;
    private final Clock wall;
    private final long timeScale;
    private long lastTicker;
    private long lastWallMillis;
    private long agentNow;

    public AgentClock(Ticker ticker, Clock wall, long timeScale) {
        if (timeScale < 1) {
            throw new IllegalArgumentException("time scale must be at least 1, was " + timeScale);
        }
        this.ticker = ticker;
        this.wall = wall;
        this.timeScale = timeScale;
        this.lastTicker = ticker.read();
        this.lastWallMillis = wall.millis();
    }

    public long timeScale() {
        return timeScale;
    }

    /** Agent time at the last {@link #advance()}. */
    public long now() {
        return agentNow;
    }

    /** Reads both clocks and returns the window since the previous reading. */
    public ClockWindow advance() {
        long tickerNow = ticker.read();
        long wallMillis = wall.millis();
        long monotonic = tickerNow - lastTicker;
        long wallNanos = (wallMillis - lastWallMillis) * 1_000_000;
        boolean suspended = wallNanos - monotonic > SUSPEND_THRESHOLD.toNanos();
        long elapsed = suspended ? wallNanos : monotonic;
        ClockWindow window = new ClockWindow(lastTicker, tickerNow, agentNow, agentNow + elapsed * timeScale,
                timeScale, suspended);
        lastTicker = tickerNow;
        lastWallMillis = wallMillis;
        agentNow = window.toAgent();
        return window;
    }

    /** Real (ticker) nanoseconds from the last reading until agent time {@code agentTime}. */
    public long tickerNanosUntil(long agentTime) {
        long agentNanos = Math.max(0, agentTime - agentNow);
        return agentNanos / timeScale + (agentNanos % timeScale == 0 ? 0 : 1);
    }
}
