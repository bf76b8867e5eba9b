package org.unhunch.records;

/** How far the person got in a routine: {@code stepsDone} of its {@code steps}. */
public record RoutineProgress(int stepsDone, int steps) {

    public RoutineProgress {
        if (steps < 1 || stepsDone < 0 || stepsDone > steps) {
            throw new IllegalArgumentException(stepsDone + " of " + steps + " steps");
        }
    }
}
