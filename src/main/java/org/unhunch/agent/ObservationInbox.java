package org.unhunch.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.activity.Ticker;
import org.unhunch.records.RoutineProgress;
import org.unhunch.sitting.Observation;

/**
 * Observations other than input activity — the person's answers, pause and resume, lock and
 * unlock, engaged and disengaged, busy and free — posted from any thread, stamped with the ticker
 * when they arrive, and taken by the agent loop on its next wake-up (which posting brings forward).
 * At most {@value #CAPACITY} wait: a person answers a few times a second at most and each post
 * wakes the loop, so only a flood (a script writing answers) fills it; then the newest are dropped,
 * said once in the log, and the ones already waiting are taken in order.
 */
public final class ObservationInbox {

    static final int CAPACITY = 256;

    private static final Logger LOG = LoggerFactory.getLogger(ObservationInbox.class);

    private static final Set<Observation> ACCEPTED = Set.of(
            Observation.START, Observation.DONE, Observation.SKIP, Observation.SNOOZE,
            Observation.PAUSE, Observation.RESUME, Observation.LOCK, Observation.UNLOCK,
            Observation.ENGAGED, Observation.DISENGAGED, Observation.BUSY, Observation.FREE);

    /**
     * An observation with the ticker reading of its arrival and, for a routine's done or skip, how
     * far the routine got (else null).
     */
    public record Posted(Observation observation, long ticker, RoutineProgress progress) {
    }

    private final BlockingQueue<Posted> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicBoolean saidFull = new AtomicBoolean();
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
        post(observation, null);
    }

    /**
     * The routine window's done or skip, with how far the person got: the break log keeps it with
     * the break the answer ends.
     *
     * @param progress null when not known
     * @throws IllegalArgumentException for input activity, which goes through an activity recorder
     */
    public void post(Observation observation, RoutineProgress progress) {
        if (!ACCEPTED.contains(observation)) {
            throw new IllegalArgumentException(observation.wireName() + " is not posted to the inbox");
        }
        if (!queue.offer(new Posted(observation, ticker.read(), progress)) && !saidFull.getAndSet(true)) {
            LOG.warn("More than {} answers are waiting for the agent; newer ones are dropped until it has taken them",
                    CAPACITY);
        }
        wakeUp.run();
    }

    List<Posted> drain() {
        List<Posted> taken = new ArrayList<>();
        queue.drainTo(taken);
        return taken;
    }
}
