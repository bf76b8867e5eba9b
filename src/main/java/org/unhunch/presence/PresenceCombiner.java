package org.unhunch.presence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.sitting.Observation;

/**
 * Several sources of one flag of the model made into one: the flag is on while any of them says so
 * (the screen is locked by a session lock, a screensaver up or the machine asleep; the person is
 * engaged while a player holds the screen awake). The flag's on observation is posted when the
 * first source says on, its off observation when the last one lets go: nothing is posted for a
 * source that repeats itself or for one that joins another already on. Both are said in the log
 * (with the source that turned the flag on, never what it holds), so an administrator can tell why a
 * prompt waited.
 */
public final class PresenceCombiner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PresenceCombiner.class);

    private final String flag;
    private final Observation on;
    private final Observation off;
    private final List<PresenceSource> sources;
    private final Consumer<Observation> post;
    private final boolean[] saysOn;
    private final List<PresenceSource> started = new ArrayList<>();
    private int onCount;
    private boolean closed;

    /**
     * @param flag what the sources tell, for the log ("Screen lock")
     * @param post where {@code on} and {@code off} go (the agent's inbox); called on the sources' threads
     */
    public PresenceCombiner(String flag, Observation on, Observation off, List<PresenceSource> sources,
                            Consumer<Observation> post) {
        this.flag = flag;
        this.on = on;
        this.off = off;
        this.sources = List.copyOf(sources);
        this.post = post;
        this.saysOn = new boolean[this.sources.size()];
    }

    /** The screen lock: {@code lock} and {@code unlock}. */
    public static PresenceCombiner screenLock(List<PresenceSource> sources, Consumer<Observation> post) {
        return new PresenceCombiner("Screen lock", Observation.LOCK, Observation.UNLOCK, sources, post);
    }

    /** The person at the screen though nothing is typed: {@code engaged} and {@code disengaged}. */
    public static PresenceCombiner engagement(List<PresenceSource> sources, Consumer<Observation> post) {
        return new PresenceCombiner("Engagement", Observation.ENGAGED, Observation.DISENGAGED, sources, post);
    }

    /** The person not to be disturbed (a call, a presentation, do-not-disturb): {@code busy} and {@code free}. */
    public static PresenceCombiner busy(List<PresenceSource> sources, Consumer<Observation> post) {
        return new PresenceCombiner("Do not disturb", Observation.BUSY, Observation.FREE, sources, post);
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
                LOG.info("{}: {} is not watched ({})", flag, source.name(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("{}: {} is not watched after an unexpected problem", flag, source.name(), e);
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

    /** What the sources tell, for the log ("Screen lock"). */
    public String flag() {
        return flag;
    }

    /** The kinds of the sources that say on now. */
    public synchronized Set<Signal> signalsOn() {
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        for (int i = 0; i < sources.size(); i++) {
            if (saysOn[i]) {
                signals.add(sources.get(i).signal());
            }
        }
        return signals;
    }

    /** Whether the flag is on as the sources have said so far. */
    public synchronized boolean on() {
        return onCount > 0;
    }

    private synchronized void changed(int source, boolean says) {
        if (closed || saysOn[source] == says) {
            return;
        }
        saysOn[source] = says;
        onCount += says ? 1 : -1;
        if (says && onCount == 1) {
            LOG.info("{}: on, by {}", flag, sources.get(source).name());
            post.accept(on);
        } else if (!says && onCount == 0) {
            LOG.info("{}: off", flag);
            post.accept(off);
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
                LOG.debug("{}: {} did not close cleanly ({})", flag, source.name(), e.toString());
            }
        }
    }
}
