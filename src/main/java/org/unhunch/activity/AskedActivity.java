package org.unhunch.activity;

import java.time.Duration;

/**
 * What the agent's loop asks of an activity source that must be read rather than told (the
 * platform's idle time): to read it before each wake-up's look at the recorder, and to watch for
 * the person's return while nobody is at the desk. The input hook needs neither: {@link #NONE}.
 */
public interface AskedActivity {

    /** Nothing to read: the source records every input as it comes. */
    AskedActivity NONE = new AskedActivity() {
        @Override
        public void readNow() {
        }

        @Override
        public void watchForReturn(boolean away) {
        }

        @Override
        public boolean watchForQuiet(Duration quiet, Runnable onQuiet) {
            return false;
        }

        @Override
        public void endQuietWatch() {
        }
    };

    /** Reads the platform now and records input it had not recorded, at the moment it came. */
    void readNow();

    /**
     * Whether the person is away (no session, screen not locked), so that their return must be
     * noticed without the loop: by the platform's watch where there is one, otherwise by a sample
     * every few seconds. While not away this costs nothing.
     */
    void watchForReturn(boolean away);

    /**
     * While a due prompt waits for a pause in typing: runs {@code onQuiet} (any thread) when no input
     * has come for {@code quiet}, where the platform can tell, so the loop need not read again every
     * {@code quiet}. Asking again while watching changes nothing.
     *
     * @return whether the platform watches; if not, the loop reads at the model's deadlines
     */
    boolean watchForQuiet(Duration quiet, Runnable onQuiet);

    /** Ends the pause watch; safe when there is none. */
    void endQuietWatch();
}
