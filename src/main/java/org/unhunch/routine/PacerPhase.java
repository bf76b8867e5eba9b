package org.unhunch.routine;

/**
 * Where a pacer is at an instant: the cue to show and how far through it (0 to 1). For breathing
 * the circle's size follows {@code progress} on the inhale and {@code 1 - progress} on the exhale.
 */
public record PacerPhase(Cue cue, double progress) {

    public enum Cue { INHALE, EXHALE, LEFT, RIGHT, HOLD, NONE }

    /** The breathing circle's size from 0 (empty lungs) to 1 (full). */
    public double breathSize() {
        return switch (cue) {
            case INHALE -> progress;
            case EXHALE -> 1 - progress;
            default -> 0;
        };
    }
}
