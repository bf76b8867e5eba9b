package org.unhunch.presence;

import java.time.Duration;
import java.util.Set;

/**
 * What the agent's loop asks of the platform's presence signals, on its own thread: to read the
 * facts that must be asked for ({@link AskedSource}) when its model is about to act (an idle
 * deadline, a prompt), to read them again while one of them is on, and why a prompt is held.
 * Closing it stops every source.
 */
public interface PresenceReadings extends AutoCloseable {

    /**
     * While an asked fact is on (a call), it is read again within this much real time, so its end
     * is known within 30 s even when a wake-up comes late.
     */
    Duration READ_AGAIN_WITHIN = Duration.ofSeconds(25);

    /** Nothing is asked, nothing holds a prompt. */
    PresenceReadings NONE = nothingAsked(() -> { });

    /** Nothing is asked, nothing holds a prompt; closing it runs {@code onClose}. */
    static PresenceReadings nothingAsked(Runnable onClose) {
        return new PresenceReadings() {
            @Override
            public void readNow() {
            }

            @Override
            public void readThoseOn() {
            }

            @Override
            public boolean readAgainSoon() {
                return false;
            }

            @Override
            public Set<Signal> busyBecause() {
                return Set.of();
            }

            @Override
            public void close() {
                onClose.run();
            }
        };
    }

    /** Asks every started source now; what changed is posted (to the agent's inbox) before this returns. */
    void readNow();

    /**
     * Asks again only the sources that said on, to learn when they end (a call, full screen): what
     * turns on meanwhile is learned at the next decision, where it matters.
     */
    void readThoseOn();

    /**
     * Whether an asked fact is on, so that it must be read again within {@link #READ_AGAIN_WITHIN}
     * while the person is engaged or a prompt is held.
     */
    boolean readAgainSoon();

    /** The kinds of signal that make the person busy now (empty when free). */
    Set<Signal> busyBecause();

    @Override
    void close();
}
