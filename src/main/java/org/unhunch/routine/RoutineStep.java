package org.unhunch.routine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One step of a routine: what to do, for how long, and how it is paced. {@code requires} names
 * equipment the step needs ({@code foamRoller}, {@code band}); such a step is left out for a
 * person who does not have it, unless it offers an alternative in its guidance. {@code motion} is
 * the movement its figure shows; without one the window shows the pacer alone.
 */
public record RoutineStep(String id, String title, List<String> guidance, Duration duration, Pacer pacer,
                          Optional<String> requires, Optional<Motion> motion) {

    public RoutineStep {
        guidance = List.copyOf(guidance);
    }

    /** A step without a figure. */
    public RoutineStep(String id, String title, List<String> guidance, Duration duration, Pacer pacer,
                       Optional<String> requires) {
        this(id, title, guidance, duration, pacer, requires, Optional.empty());
    }
}
