package org.unhunch.ui;

import java.time.Duration;
import java.util.List;
import org.unhunch.routine.Routine;
import org.unhunch.routine.RoutineStep;

/**
 * What the screen says about the routine that runs: its own name (from a routine file, so always
 * shown as text) and its length. The card's HTML message gets the name escaped ({@link Texts}); a
 * window title, an accessible name and a tray tooltip are never rendered as HTML.
 */
final class RoutineWords {

    private RoutineWords() {
    }

    /** The prompt card's words: how long the person has sat, and the routine offered with its minutes. */
    static String offer(long sittingMinutes, Routine routine, List<RoutineStep> steps) {
        return offer("prompt.message", sittingMinutes, routine, steps);
    }

    /** The card's words in message {@code key}: the time sat as said, the routine's minutes, its name. */
    static String offer(String key, Object timeSat, Routine routine, List<RoutineStep> steps) {
        return Texts.get(key, timeSat, minutes(steps), routine.name());
    }

    /**
     * How long {@code steps} take, in whole minutes (at least one): the steps guided, so those for
     * equipment the person lacks are not counted.
     */
    static long minutes(List<RoutineStep> steps) {
        Duration length = steps.stream().map(RoutineStep::duration).reduce(Duration.ZERO, Duration::plus);
        return Math.max(1, Math.round(length.toSeconds() / 60.0));
    }

    /** The routine window's title while it guides {@code routine}. */
    static String windowTitle(Routine routine) {
        return "Unhunch - " + routine.name();
    }

    /** The routine window's name for a screen reader. */
    static String accessibleName(Routine routine) {
        return routine.name();
    }

    /** The tray's tooltip while {@code routine} is under way. */
    static String underWay(Routine routine) {
        return Texts.get("tray.tooltip.routine", routine.name());
    }
}
