package org.unhunch.presence;

import java.util.List;
import java.util.Set;

/**
 * Everything the platform says about the person, as the agent's loop sees it: the three flags'
 * combiners (screen lock, engagement, busy), and the sources among them that must be asked.
 * Closing it stops them all.
 */
public final class PlatformPresence implements PresenceReadings, AutoCloseable {

    private final List<PresenceCombiner> combiners;
    private final PresenceCombiner busy;
    private final List<AskedSource> asked;

    /**
     * @param busy  the combiner of {@code busy}/{@code free}, which says why a prompt is held
     * @param asked the sources among the combiners' that must be asked ({@link AskedSource})
     */
    public PlatformPresence(List<PresenceCombiner> combiners, PresenceCombiner busy, List<AskedSource> asked) {
        this.combiners = List.copyOf(combiners);
        this.busy = busy;
        this.asked = List.copyOf(asked);
    }

    @Override
    public void readNow() {
        for (AskedSource source : asked) {
            source.readNow();
        }
    }

    @Override
    public void readThoseOn() {
        for (AskedSource source : asked) {
            if (source.on()) {
                source.readNow();
            }
        }
    }

    @Override
    public boolean readAgainSoon() {
        for (AskedSource source : asked) {
            if (source.on()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Signal> busyBecause() {
        return busy.signalsOn();
    }

    @Override
    public void close() {
        for (PresenceCombiner combiner : combiners) {
            combiner.close();
        }
    }
}
