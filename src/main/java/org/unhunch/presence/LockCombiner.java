package org.unhunch.presence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.sitting.Observation;

/**
 * Several sources of screen lock made into one: the screen is locked while any of them says so (a
 * session lock, a screensaver up, the machine asleep). {@code lock} is posted when the first one
 * says locked, {@code unlock} when the last one lets go: nothing is posted for a source that repeats
 * itself or for one that joins another already locked.
 */
public final class LockCombiner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LockCombiner.class);

    private final List<PresenceSource> sources;
    private final Consumer<Observation> post;
    private final boolean[] saysLocked;
    private final List<PresenceSource> started = new ArrayList<>();
    private int lockedCount;
    private boolean closed;

    /** @param post where {@code lock} and {@code unlock} go (the agent's inbox); called on the sources' threads */
    public LockCombiner(List<PresenceSource> sources, Consumer<Observation> post) {
        this.sources = List.copyOf(sources);
        this.post = post;
        this.saysLocked = new boolean[this.sources.size()];
    }

    /**
     * Starts every source; one that cannot start is said in the log and left out, and the others
     * go on. May run on a thread of its own while the agent starts.
     *
     * @return the names of the sources that watch
     */
    public List<String> start() {
        List<String> watching = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            PresenceSource source = sources.get(i);
            int index = i;
            try {
                source.start(on -> changed(index, on));
                if (!keep(source)) {
                    break;
                }
                watching.add(source.name());
            } catch (PresenceSource.Unavailable e) {
                LOG.info("Screen lock: {} is not watched ({})", source.name(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("Screen lock: {} is not watched after an unexpected problem", source.name(), e);
            }
        }
        return watching;
    }

    /** Keeps a source that started to be closed with the others; closes it at once if they are closed already. */
    private boolean keep(PresenceSource source) {
        synchronized (this) {
            if (!closed) {
                started.add(source);
                return true;
            }
        }
        source.close();
        return false;
    }

    /** Whether the screen is locked as the sources have said so far. */
    public synchronized boolean locked() {
        return lockedCount > 0;
    }

    private synchronized void changed(int source, boolean on) {
        if (closed || saysLocked[source] == on) {
            return;
        }
        saysLocked[source] = on;
        lockedCount += on ? 1 : -1;
        if (on && lockedCount == 1) {
            post.accept(Observation.LOCK);
        } else if (!on && lockedCount == 0) {
            post.accept(Observation.UNLOCK);
        }
    }

    /**
     * Closes every source that started; one still starting (on another thread) is closed when it has,
     * and nothing is posted from now on.
     */
    @Override
    public void close() {
        List<PresenceSource> closing;
        synchronized (this) {
            closed = true;
            closing = List.copyOf(started);
            started.clear();
        }
        for (PresenceSource source : closing) {
            try {
                source.close();
            } catch (RuntimeException e) {
                LOG.debug("Screen lock: {} did not close cleanly ({})", source.name(), e.toString());
            }
        }
    }
}
