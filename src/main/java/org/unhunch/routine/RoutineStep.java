package org.unhunch.routine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One step of a routine: what to do, for how long, and how it is paced. {@code requires} names
 * equipment the step needs ({@code foamRoller}, {@code band}); such a step is left out for a
 * person who does not have it, unless it offers an alternative in its guidance.
 */
public record RoutineStep(String id, String title, List<String> guidance, Duration duration, Pacer pacer,
                          Optional<String> requires) {

    public RoutineStep {
        guidance = List.copyOf(guidance);
    }
}
