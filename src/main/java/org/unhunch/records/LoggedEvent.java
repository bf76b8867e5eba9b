package org.unhunch.records;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.function.LongFunction;
import org.unhunch.sitting.EndReason;
import org.unhunch.sitting.EventType;
import org.unhunch.sitting.SittingEvent;

/**
 * One event as the break log keeps it: what happened and when on the wall clock, with the UTC
 * offset of that moment (so days and DST read right later). Times and durations only.
 * Fields that the event type does not have are {@code null}; {@code progress} (how many steps of
 * the routine were done) is known for {@code break_done} and {@code break_partial} answered in the
 * routine window.
 */
public record LoggedEvent(OffsetDateTime at, EventType type, Duration sitting, Duration away, Duration duration,
                          EndReason reason, OffsetDateTime endedAt, OffsetDateTime until, String routineId,
                          RoutineProgress progress) {

    public LoggedEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
    }

    public LoggedEvent(OffsetDateTime at, EventType type, Duration sitting, Duration away, Duration duration,
                       EndReason reason, OffsetDateTime endedAt, OffsetDateTime until, String routineId) {
        this(at, type, sitting, away, duration, reason, endedAt, until, routineId, null);
    }

    /** This event with how far the routine got. */
    public LoggedEvent withProgress(RoutineProgress progress) {
        return new LoggedEvent(at, type, sitting, away, duration, reason, endedAt, until, routineId, progress);
    }

    /**
     * The log's form of a model event.
     *
     * @param wallTime the wall-clock moment of a model time
     * @param routineId the routine guided, for routine events; may be null
     */
    public static LoggedEvent of(SittingEvent event, LongFunction<OffsetDateTime> wallTime, String routineId) {
        OffsetDateTime at = wallTime.apply(event.at());
        return switch (event.type()) {
            case SITTING_STARTED -> new LoggedEvent(at, event.type(), null,
                    ((SittingEvent.SittingStarted) event).away(), null, null, null, null, null);
            case SITTING_ENDED -> {
                SittingEvent.SittingEnded ended = (SittingEvent.SittingEnded) event;
                yield new LoggedEvent(at, event.type(), ended.sitting(), null, null, ended.reason(),
                        wallTime.apply(ended.endedAt()), null, null);
            }
            case BREAK_DUE -> new LoggedEvent(at, event.type(), ((SittingEvent.BreakDue) event).sitting(), null, null,
                    null, null, null, null);
            case PROMPT_SHOWN -> new LoggedEvent(at, event.type(), ((SittingEvent.PromptShown) event).sitting(), null,
                    null, null, null, null, null);
            case PROMPT_HELD -> new LoggedEvent(at, event.type(), ((SittingEvent.PromptHeld) event).sitting(), null,
                    null, null, null, null, null);
            case BREAK_SNOOZED -> new LoggedEvent(at, event.type(), null, null, null, null, null,
                    wallTime.apply(((SittingEvent.BreakSnoozed) event).until()), null);
            case BREAK_DONE -> new LoggedEvent(at, event.type(), null, null, ((SittingEvent.BreakDone) event).duration(),
                    null, null, null, routineId);
            case BREAK_PARTIAL -> new LoggedEvent(at, event.type(), null, null,
                    ((SittingEvent.BreakPartial) event).duration(), null, null, null, routineId);
            case ROUTINE_STARTED -> new LoggedEvent(at, event.type(), null, null, null, null, null, null, routineId);
            case BREAK_SKIPPED, BREAK_IGNORED, STRAY_ANSWER -> new LoggedEvent(at, event.type(), null, null, null,
                    null, null, null, null);
        };
    }
}
