package org.unhunch.presence;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fact the platform must be asked about rather than told (is a microphone in use, is the active
 * window full screen): read once at the start, then only when the agent asks ({@link #readNow()}),
 * which it does when the answer matters. Subclasses answer {@link #read()} with on or off and
 * nothing else. One source may feed two flags (a call makes the person engaged and busy): each
 * flag's combiner starts it, and every read tells them all.
 */
public abstract class AskedSource implements PresenceSource {

    private static final Logger LOG = LoggerFactory.getLogger(AskedSource.class);

    private final String name;
    private final Signal signal;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean on;
    private boolean read;
    /** Why the first read failed: every flag that starts this source is told the same. */
    private Unavailable refused;
    private boolean failing;

    /** @param name what it asks, for the log: the service or the tool, nothing about the person */
    protected AskedSource(String name, Signal signal) {
        this.name = name;
        this.signal = signal;
    }

    /**
     * Asks the platform now; called on one thread at a time.
     *
     * @throws Unavailable when it cannot be asked (the tool or the service is missing); at the start
     *                     this leaves the source out, later it counts as off
     */
    protected abstract boolean read() throws Unavailable;

    /** Lets go of what the reads hold open (a connection); called at each close, after the last read. */
    protected void closed() {
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Signal signal() {
        return signal;
    }

    /**
     * Reads at the first start; a second flag starting it is told what the first read said, or that
     * it could not start, so a call is never busy without being engaged. A native library that
     * cannot be loaded counts as unavailable.
     */
    @Override
    public final synchronized void start(Listener listener) throws Unavailable {
        if (refused != null) {
            throw refused;
        }
        if (!read) {
            try {
                on = read();
            } catch (Unavailable e) {
                refused = e;
                throw e;
            } catch (LinkageError e) {
                refused = new Unavailable("its native library cannot be loaded (" + e.getClass().getSimpleName() + ")");
                throw refused;
            }
            read = true;
        }
        listeners.add(listener);
        listener.changed(on);
    }

    /**
     * Asks again and tells the listeners what it says. Does nothing before the start or after the
     * close. A read that fails counts as off and is said in the log once, until it succeeds again.
     */
    public final synchronized void readNow() {
        if (listeners.isEmpty()) {
            return;
        }
        boolean now;
        try {
            now = read();
            if (failing) {
                LOG.info("{} answers again", name);
                failing = false;
            }
        } catch (Unavailable | RuntimeException | LinkageError e) {
            if (!failing) {
                LOG.info("{} cannot be read now, taken as off: {}", name, e.getMessage());
                failing = true;
            }
            now = false;
        }
        on = now;
        for (Listener listener : listeners) {
            listener.changed(now);
        }
    }

    /** What the last read said; false before the start and after the close. */
    public final boolean on() {
        return on && !listeners.isEmpty();
    }

    /** Stops telling every flag; reads are not made after this returns. */
    @Override
    public final synchronized void close() {
        listeners.clear();
        on = false;
        closed();
    }
}
