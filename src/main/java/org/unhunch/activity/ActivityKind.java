package org.unhunch.activity;

import org.unhunch.sitting.Observation;

/** The kinds of input activity a source reports; nothing else about an input is kept. */
public enum ActivityKind {
    KEY(Observation.KEY),
    POINTER(Observation.POINTER),
    WHEEL(Observation.WHEEL),
    /** Input of a kind the platform does not tell: an idle-time reading. */
    INPUT(Observation.INPUT);

    private final Observation observation;

    ActivityKind(Observation observation) {
        this.observation = observation;
    }

    public Observation observation() {
        return observation;
    }
}
