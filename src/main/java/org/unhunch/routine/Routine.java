package org.unhunch.routine;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** A named sequence of steps, as shipped in {@code routines.json} or by IT in a routine file. */
public record Routine(String id, String name, List<RoutineStep> steps) {

    /** A routine's (and a step's) id: lower-case letters, digits and -, at most 40, not starting with -. */
    public static final String ID_SYNTAX = "[a-z0-9][a-z0-9-]{0,39}";

    public Routine {
        steps = List.copyOf(steps);
    }

    /** The steps for a person with {@code equipment} (for example {@code foamRoller}). */
    public List<RoutineStep> stepsFor(Set<String> equipment) {
        return steps.stream().filter(step -> step.requires().map(equipment::contains).orElse(true)).toList();
    }

    public Duration durationFor(Set<String> equipment) {
        return stepsFor(equipment).stream().map(RoutineStep::duration).reduce(Duration.ZERO, Duration::plus);
    }
}
