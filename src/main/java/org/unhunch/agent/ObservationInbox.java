package org.unhunch.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.unhunch.activity.Ticker;
import org.unhunch.sitting.Observation;

/**
 * Observations other than input activity — the person's answers, pause and resume, lock and
 * unlock, engaged and disengaged, busy and free — posted from any thread, stamped with the
 * ticker when they arrive, and taken by the agent loop on its next wake-up (which posting brings
 * forward).
 */
public final class ObservationInbox {

    private static final Set<Observation> ACCEPTED = Set.of(
            Observation.START, Observation.DONE, Observation.SKIP, Observation.SNOOZE,
            Observation.PAUSE, Observation.RESUME, Observation.LOCK, Observation.UNLOCK,
            Observation.ENGAGED, Observation.DISENGAGED, Observation.BUSY, Observation.FREE);

    /** An observation with the ticker reading of its arrival. */
    public record Posted(Observation observation, long ticker) {
    }

    private final ConcurrentLinkedQueue<Posted> queue = new ConcurrentLinkedQueue<>();
    private final Ticker ticker;
    private volatile Runnable wakeUp = () -> { };

    public ObservationInbox(Ticker ticker) {
        this.ticker = ticker;
    }

    void onPost(Runnable wakeUp) {
        this.wakeUp = wakeUp;
    }

    /** @throws IllegalArgumentException for input activity, which goes through an activity recorder */
    public void post(Observation observation) {
        if (!ACCEPTED.contains(observation)) {
            throw new IllegalArgumentException(observation.wireName() + " is not posted to the inbox");
        }
        queue.add(new Posted(observation, ticker.read()));
        wakeUp.run();
    }

    List<Posted> drain() {
        List<Posted> taken = new ArrayList<>();
        Posted posted;
        while ((posted = queue.poll()) != null) {
            taken.add(posted);
        }
        return taken;
    }
}
