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

    /**
     * The prompt card's words: first and larger, how long the person has sat (as the tray counts it,
     * whole minutes gone by); then the routine offered, by its name and its real length.
     */
    static String offer(long sittingMinutes, Routine routine, List<RoutineStep> steps) {
        return offer("prompt.message", HeldWords.timeSat(sittingMinutes), routine, steps);
    }

    /** The card's words in message {@code key}: the time sat as said, the routine's name and length. */
    static String offer(String key, String timeSat, Routine routine, List<RoutineStep> steps) {
        return Texts.get(key, timeSat, length(steps), routine.name());
    }

    /**
     * How long {@code steps} take, as said: "5 min", "4 min 30 s", "45 s". Only the steps guided
     * count, so those for equipment the person lacks do not.
     */
    static String length(List<RoutineStep> steps) {
        Duration length = steps.stream().map(RoutineStep::duration).reduce(Duration.ZERO, Duration::plus);
        long minutes = length.toMinutes();
        long seconds = length.toSecondsPart();
        String key = minutes == 0 ? "prompt.length.seconds" : seconds == 0 ? "prompt.length.minutes"
                : "prompt.length.minutesSeconds";
        return Texts.get(key, minutes, seconds);
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
