package org.unhunch.agent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.unhunch.activity.Ticker;

/**
 * The model's clock in the live agent: nanoseconds since the agent started, counted by the
 * monotonic ticker, so setting the wall clock (NTP, DST, by hand) never creates or erases sitting
 * time. Where the ticker stops while the machine sleeps (Linux, macOS), sleep counts as elapsed
 * time — the person was away: measured by the {@link BootClock} where there is one (Linux), else
 * inferred when the wall clock runs ahead of the ticker by more than {@link #SUSPEND_THRESHOLD}.
 * {@code timeScale} runs the agent's time that many times faster (for demonstrations and tests).
 */
public final class AgentClock {

    public static final Duration SUSPEND_THRESHOLD = Duration.ofSeconds(5);

    private final Ticker ticker;
    private final Clock wall;
    private final BootClock boot;
    private final long timeScale;
    private long lastTicker;
    private long lastWallMillis;
    private OptionalLong lastBoot;
    private long agentNow;

    public AgentClock(Ticker ticker, Clock wall, long timeScale) {
        this(ticker, wall, BootClock.NONE, timeScale);
    }

    public AgentClock(Ticker ticker, Clock wall, BootClock boot, long timeScale) {
        if (timeScale < 1) {
            throw new IllegalArgumentException("time scale must be at least 1, was " + timeScale);
        }
        this.ticker = ticker;
        this.wall = wall;
        this.boot = boot;
        this.timeScale = timeScale;
        this.lastTicker = ticker.read();
        this.lastWallMillis = wall.millis();
        this.lastBoot = boot.read();
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
        OptionalLong bootNow = boot.read();
        long monotonic = tickerNow - lastTicker;
        long asleep = bootNow.isPresent() && lastBoot.isPresent()
                ? bootNow.getAsLong() - lastBoot.getAsLong() - monotonic
                : (wallMillis - lastWallMillis) * 1_000_000 - monotonic;
        boolean suspended = asleep > SUSPEND_THRESHOLD.toNanos();
        long elapsed = suspended ? monotonic + asleep : monotonic;
        ClockWindow window = new ClockWindow(lastTicker, tickerNow, agentNow, agentNow + elapsed * timeScale,
                wallMillis, timeScale, suspended);
        lastTicker = tickerNow;
        lastWallMillis = wallMillis;
        lastBoot = bootNow;
        agentNow = window.toAgent();
        return window;
    }

    /** The wall-clock time at the last reading. */
    public Instant wallNow() {
        return Instant.ofEpochMilli(lastWallMillis);
    }

    /** The wall-clock moment of agent time {@code agentTime}, as of the last reading. */
    public Instant wallTimeOf(long agentTime) {
        return Instant.ofEpochMilli(lastWallMillis).minusNanos((agentNow - agentTime) / timeScale);
    }

    /** Real (ticker) nanoseconds from the last reading until agent time {@code agentTime}. */
    public long tickerNanosUntil(long agentTime) {
        long agentNanos = Math.max(0, agentTime - agentNow);
        return agentNanos / timeScale + (agentNanos % timeScale == 0 ? 0 : 1);
    }
}
