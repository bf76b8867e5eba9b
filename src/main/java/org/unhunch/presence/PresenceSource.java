package org.unhunch.presence;

/**
 * One thing the platform says about the person, turning on and off: the screen locked, the machine
 * going to sleep. A source hands on nothing but on or off — no session, user, device or window — and
 * the moment is when it calls its listener.
 */
public interface PresenceSource extends AutoCloseable {

    /** What is told when the fact turns on or off; called on the source's own thread, any time after start. */
    @FunctionalInterface
    interface Listener {
        void changed(boolean on);
    }

    /** What it watches, for the log: the bus and the service, nothing about the person. */
    String name();

    /** The kind of thing it tells. */
    Signal signal();

    /**
     * Starts watching, and tells the listener the state now and each change from then on (a
     * repeated value may come; it changes nothing).
     *
     * @throws Unavailable when the platform does not offer it here (no bus, no such service)
     */
    void start(Listener listener) throws Unavailable;

    /** Stops watching; the listener is not called after this returns. Safe to call more than once. */
    @Override
    void close();

    /** The source cannot watch on this machine; the message says why, in a few words. */
    final class Unavailable extends Exception {

        private static final long serialVersionUID = 1L;

        public Unavailable(String why) {
            super(why);
        }

        public Unavailable(String why, Throwable cause) {
            super(why, cause);
        }
    }
}
