package org.unhunch.agent;

import java.util.Optional;
import org.unhunch.records.RoutineProgress;
import org.unhunch.sitting.SittingEvent;

/**
 * Where the live agent hands each model event, with what the person's answer that brought it
 * carried: how far the routine got, for the {@code break_done} or {@code break_partial} of an
 * answer given in the routine window. So progress travels one way, from the window with its answer
 * through the inbox and the loop to the break log.
 */
@FunctionalInterface
public interface AgentEventSink {

    /** @param progress how far the routine got, for a routine's end that an answer with progress brought; else empty */
    void accept(SittingEvent event, Optional<RoutineProgress> progress);
}
