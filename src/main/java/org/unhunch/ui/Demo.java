package org.unhunch.ui;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongSupplier;
import javax.swing.SwingUtilities;
import org.unhunch.routine.Routine;
import org.unhunch.routine.RoutineStep;
import org.unhunch.sitting.Observation;

/**
 * {@code unhunch demo}: the prompt card as it comes after a sitting, then the routine when the
 * person presses Start, at real speed. Nothing is written: no break log, no settings. Snooze or
 * Skip on the card, or closing the routine window, ends it.
 */
public final class Demo {

    private final Routine routine;
    private final List<RoutineStep> steps;
    private final long sittingMinutes;
    private final CountDownLatch ended = new CountDownLatch(1);
    private PromptCard card;
    private RoutineWindow routineWindow;
    /** What stopped the windows from being made, for the main thread to report (never a silent hang). */
    private volatile Throwable failure;

    /** @param sittingMinutes the time sat the card names (the sit limit) */
    public Demo(Routine routine, List<RoutineStep> steps, long sittingMinutes) {
        this.routine = routine;
        this.steps = List.copyOf(steps);
        this.sittingMinutes = sittingMinutes;
    }

    /**
     * Shows the card and waits until the demonstration ends.
     *
     * @param theme  the {@code theme} setting
     * @param motion the {@code motion} setting
     * @param clock nanoseconds on the routine's time axis (a test's is faster)
     */
    public void showAndWait(String theme, String motion, long snoozeMinutes, boolean sounds, LongSupplier clock)
            throws InterruptedException {
        boolean dark = Theme.dark(theme);
        boolean reducedMotion = ReducedMotion.asked(motion);
        SwingUtilities.invokeLater(() -> {
            try {
                showCard(dark, reducedMotion, sounds, snoozeMinutes, clock);
            } catch (RuntimeException | Error e) {
                failure = e;
                ended.countDown();
            }
        });
        ended.await();
        if (failure != null) {
            throw new IllegalStateException("the demonstration's windows could not be shown", failure);
        }
    }

    private void showCard(boolean dark, boolean reducedMotion, boolean sounds, long snoozeMinutes, LongSupplier clock) {
        Theme.install(dark);
        Chime chime = new Chime(sounds);
        routineWindow = new RoutineWindow((answer, progress) -> { }, clock, chime::play, reducedMotion);
        routineWindow.whenHidden(ended::countDown);
        card = new PromptCard(this::answer, snoozeMinutes, reducedMotion);
        card.show(sittingMinutes, Set.of(), routine, steps);
        chime.play();
    }

    private void answer(Observation answer) {
        card.hide();
        if (answer != Observation.START) {
            ended.countDown();
            return;
        }
        routineWindow.start(routine, steps);
    }
}
