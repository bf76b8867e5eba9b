package org.unhunch.routine;

import java.time.Duration;
import java.util.List;

/**
 * The routine's timeline: which step is on at an instant, how much of it is left, and where its
 * pacer is. Steps advance on their own when their time is up; the person can pause, resume and go
 * to the next step. Pure: it is handed times in nanoseconds (any monotonic origin) and reads no clock.
 */
public final class RoutineStepper {

    private final List<RoutineStep> steps;
    private final long[] stepEnds;
    private final long start;
    private long pausedAt = -1;
    private long pausedTotal;
    private long skippedAhead;

    public RoutineStepper(List<RoutineStep> steps, long start) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a routine needs at least one step");
        }
        this.steps = List.copyOf(steps);
        this.start = start;
        this.stepEnds = new long[steps.size()];
        long end = 0;
        for (int i = 0; i < steps.size(); i++) {
            end += steps.get(i).duration().toNanos();
            stepEnds[i] = end;
        }
    }

    public List<RoutineStep> steps() {
        return steps;
    }

    /** Routine time that has run at {@code t}: not counting pauses, counting steps skipped with Next. */
    private long ranAt(long t) {
        long until = pausedAt >= 0 ? pausedAt : t;
        return Math.max(0, Math.min(until - start - pausedTotal + skippedAhead, total()));
    }

    private long total() {
        return stepEnds[stepEnds.length - 1];
    }

    public boolean isPaused() {
        return pausedAt >= 0;
    }

    public boolean isFinished(long t) {
        return ranAt(t) >= total();
    }

    /** The index of the step on at {@code t}; the last step once the routine is finished. */
    public int stepIndex(long t) {
        long ran = ranAt(t);
        for (int i = 0; i < stepEnds.length; i++) {
            if (ran < stepEnds[i]) {
                return i;
            }
        }
        return stepEnds.length - 1;
    }

    public RoutineStep step(long t) {
        return steps.get(stepIndex(t));
    }

    /** How many steps were finished (run to their end, or passed with Next) by {@code t}. */
    public int completedSteps(long t) {
        return isFinished(t) ? steps.size() : stepIndex(t);
    }

    public Duration stepElapsed(long t) {
        int index = stepIndex(t);
        return Duration.ofNanos(ranAt(t) - (index == 0 ? 0 : stepEnds[index - 1]));
    }

    public Duration stepRemaining(long t) {
        return Duration.ofNanos(stepEnds[stepIndex(t)] - ranAt(t));
    }

    public Duration totalRemaining(long t) {
        return Duration.ofNanos(total() - ranAt(t));
    }

    public void pause(long t) {
        if (pausedAt < 0) {
            pausedAt = t;
        }
    }

    public void resume(long t) {
        if (pausedAt >= 0) {
            pausedTotal += t - pausedAt;
            pausedAt = -1;
        }
    }

    /** Ends the current step now and goes on to the next (after the last one, the routine is finished). */
    public void next(long t) {
        skippedAhead += stepEnds[stepIndex(t)] - ranAt(t);
    }

    /** The pacer of the step on at {@code t}, at that instant. */
    public PacerPhase pacerAt(long t) {
        RoutineStep step = step(t);
        long elapsed = stepElapsed(t).toNanos();
        Pacer pacer = step.pacer();
        if (pacer instanceof Pacer.Breathing breathing) {
            long inhale = breathing.inhale().toNanos();
            long position = elapsed % breathing.cycle().toNanos();
            return position < inhale
                    ? new PacerPhase(PacerPhase.Cue.INHALE, position / (double) inhale)
                    : new PacerPhase(PacerPhase.Cue.EXHALE,
                            (position - inhale) / (double) breathing.exhale().toNanos());
        }
        if (pacer instanceof Pacer.Rotation rotation) {
            long side = rotation.perSide().toNanos();
            long position = elapsed % (2 * side);
            return position < side
                    ? new PacerPhase(PacerPhase.Cue.LEFT, position / (double) side)
                    : new PacerPhase(PacerPhase.Cue.RIGHT, (position - side) / (double) side);
        }
        if (pacer instanceof Pacer.Hold) {
            return new PacerPhase(PacerPhase.Cue.HOLD, elapsed / (double) step.duration().toNanos());
        }
        return new PacerPhase(PacerPhase.Cue.NONE, elapsed / (double) step.duration().toNanos());
    }
}
