package org.unhunch.agent;

import java.util.Optional;
import org.unhunch.sitting.Observation;

/**
 * Prompts are held back while the person paused them or while it is outside working hours; the
 * model has one pause flag, so it is told {@code pause} when the first reason starts and
 * {@code resume} when the last one ends.
 */
final class PauseReasons {

    private boolean byPerson;
    private boolean outsideHours;

    /** The person's {@code pause} or {@code resume}: what to tell the model, if anything. */
    Optional<Observation> person(Observation pauseOrResume) {
        boolean before = paused();
        byPerson = pauseOrResume == Observation.PAUSE;
        return change(before);
    }

    Optional<Observation> outsideHours(boolean outside) {
        boolean before = paused();
        outsideHours = outside;
        return change(before);
    }

    private boolean paused() {
        return byPerson || outsideHours;
    }

    private Optional<Observation> change(boolean before) {
        if (before == paused()) {
            return Optional.empty();
        }
        return Optional.of(paused() ? Observation.PAUSE : Observation.RESUME);
    }
}
