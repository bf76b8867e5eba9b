package org.unhunch.routine;

import java.time.Duration;

/** How a step's movement is paced on screen. */
public sealed interface Pacer {

    /** A circle that grows on the inhale and shrinks on the exhale, with the words to show. */
    record Breathing(Duration inhale, Duration exhale, String inhaleWord, String exhaleWord) implements Pacer {
        public Duration cycle() {
            return inhale.plus(exhale);
        }
    }

    /** A left/right cue, {@code perSide} to each side. */
    record Rotation(Duration perSide) implements Pacer {
    }

    /** A hold timer over the whole step. */
    record Hold() implements Pacer {
    }

    /** Only the step's countdown. */
    record None() implements Pacer {
    }
}
