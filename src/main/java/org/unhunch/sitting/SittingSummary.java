package org.unhunch.sitting;

import java.time.Duration;

/** Tallies a stream of events into the figures of {@code simulate}'s summary line. */
public final class SittingSummary implements SittingEventSink {

    private int sessions;
    private int prompts;
    private int held;
    private int done;
    private int partial;
    private int skipped;
    private int snoozed;
    private int ignored;
    private int naturalBreaks;
    private int strayAnswers;
    private long totalSittingNanos;
    private long longestSittingNanos;

    @Override
    public void accept(SittingEvent event) {
        switch (event.type()) {
            case SITTING_STARTED -> sessions++;
            case SITTING_ENDED -> countEnded((SittingEvent.SittingEnded) event);
            case PROMPT_SHOWN -> prompts++;
            case PROMPT_HELD -> held++;
            case BREAK_DONE -> done++;
            case BREAK_PARTIAL -> partial++;
            case BREAK_SKIPPED -> skipped++;
            case BREAK_SNOOZED -> snoozed++;
            case BREAK_IGNORED -> ignored++;
            case STRAY_ANSWER -> strayAnswers++;
            case BREAK_DUE, ROUTINE_STARTED -> { }
        }
    }

    private void countEnded(SittingEvent.SittingEnded ended) {
        if (ended.reason() == EndReason.IDLE) {
            naturalBreaks++;
        }
        long length = ended.sitting().toNanos();
        totalSittingNanos += length;
        longestSittingNanos = Math.max(longestSittingNanos, length);
    }

    public int sessions() {
        return sessions;
    }

    public int prompts() {
        return prompts;
    }

    /** Prompts held back while the person was busy ({@code prompt_held} events). */
    public int held() {
        return held;
    }

    public int done() {
        return done;
    }

    public int partial() {
        return partial;
    }

    public int skipped() {
        return skipped;
    }

    public int snoozed() {
        return snoozed;
    }

    public int ignored() {
        return ignored;
    }

    public int naturalBreaks() {
        return naturalBreaks;
    }

    public int strayAnswers() {
        return strayAnswers;
    }

    public Duration totalSitting() {
        return Duration.ofNanos(totalSittingNanos);
    }

    public Duration longestSitting() {
        return Duration.ofNanos(longestSittingNanos);
    }
}
