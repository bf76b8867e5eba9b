package org.unhunch.activity;

import org.unhunch.sitting.Observation;

/** Receives the observations of a trace, in file order. */
@FunctionalInterface
public interface TraceObservationSink {
    void accept(Observation observation, long tNanos);
}
