package org.unhunch.routine;

import java.util.Arrays;
import java.util.Optional;

/**
 * The movement a step shows with its figure, as a routine file names it ({@code "motion": "cat-cow"}).
 * Its key poses and how they follow the pacer are in {@link Poses}.
 */
public enum Motion {
    NEUTRAL_SPINE("neutral-spine"),
    ROTATION("rotation"),
    BAND_PULL_APART("band-pull-apart"),
    CAT_COW("cat-cow"),
    THORACIC_EXTENSION("thoracic-extension"),
    DIAPHRAGMATIC_BREATH("diaphragmatic-breath"),
    FOAM_ROLLER("foam-roller");

    private final String id;

    Motion(String id) {
        this.id = id;
    }

    /** The name a routine file uses. */
    public String id() {
        return id;
    }

    public static Optional<Motion> byId(String id) {
        return Arrays.stream(values()).filter(motion -> motion.id.equals(id)).findFirst();
    }
}
