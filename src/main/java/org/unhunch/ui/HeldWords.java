package org.unhunch.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unhunch.presence.Signal;
import org.unhunch.routine.Routine;
import org.unhunch.routine.RoutineStep;

/**
 * What the screen says about a prompt held while the person was busy: the tray says why it is
 * held, and the card shown after the hold counts the call or the presentation in the time sat. One
 * reason is named where several hold it: the call first, then the presentation, then do-not-disturb.
 */
final class HeldWords {

    private static final List<Signal> NAMED_FIRST = List.of(Signal.CALL, Signal.PRESENTATION, Signal.DO_NOT_DISTURB);

    private HeldWords() {
    }

    /** The reason named for a prompt held for {@code heldFor}; empty when none is named (held by an answer, say). */
    static Optional<Signal> named(Set<Signal> heldFor) {
        return NAMED_FIRST.stream().filter(heldFor::contains).findFirst();
    }

    /** The tray's tooltip while the due break's prompt is held for {@code heldFor} (empty: the plain "held"). */
    static String tooltip(long sittingMinutes, Set<Signal> heldFor) {
        String key = named(heldFor).map(reason -> switch (reason) {
            case CALL -> "tray.tooltip.held.call";
            case PRESENTATION -> "tray.tooltip.held.presentation";
            default -> "tray.tooltip.held.donotdisturb";
        }).orElse("tray.tooltip.held");
        return Texts.get(key, sittingMinutes);
    }

    /**
     * The card's words for a prompt shown after it was held for {@code heldBefore}: after a call or a
     * presentation, the time sat with it included; otherwise (do-not-disturb, no hold) the usual offer.
     */
    static String offer(long sittingMinutes, Set<Signal> heldBefore, Routine routine, List<RoutineStep> steps) {
        Optional<Signal> reason = named(heldBefore);
        if (reason.isEmpty() || reason.get() == Signal.DO_NOT_DISTURB) {
            return RoutineWords.offer(sittingMinutes, routine, steps);
        }
        String key = reason.get() == Signal.CALL ? "prompt.message.callIncluded"
                : "prompt.message.presentationIncluded";
        return RoutineWords.offer(key, timeSat(sittingMinutes), routine, steps);
    }

    /** "45 min", "2 h", "1 h 10 min". */
    static String timeSat(long minutes) {
        long hours = minutes / 60;
        long rest = minutes % 60;
        String key = hours == 0 ? "prompt.sat.minutes" : rest == 0 ? "prompt.sat.hours" : "prompt.sat.hoursMinutes";
        return Texts.get(key, hours, rest);
    }
}
