package org.unhunch.sitting;

import java.time.Duration;
import java.util.Objects;

/**
 * What the model says happened. Every event has the model time {@link #at()} in nanoseconds on
 * the model's time axis (any origin); durations are {@link Duration}s.
 */
public sealed interface SittingEvent {

    /** Model time of the event, in nanoseconds. */
    long at();

    EventType type();

    /** The event's named fields ({@link EventType#fields()}), moments in model nanoseconds. */
    default EventFields<Long> fields() {
        return EventFields.of(type());
    }

    /** A sitting session began; {@code away} is {@code null} for the first session. */
    record SittingStarted(long at, Duration away) implements SittingEvent {
        @Override
        public EventType type() {
            return EventType.SITTING_STARTED;
        }

        @Override
        public EventFields<Long> fields() {
            return EventFields.<Long>of(type()).seconds(EventField.AWAY_S, away);
        }
    }

    /** A sitting session ended at {@code endedAt}, reported at {@code at}. */
    record SittingEnded(long at, long endedAt, Duration sitting, EndReason reason) implements SittingEvent {
        public SittingEnded {
            Objects.requireNonNull(sitting, "sitting");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public EventType type() {
            return EventType.SITTING_ENDED;
        }

        @Override
        public EventFields<Long> fields() {
            return EventFields.<Long>of(type()).moment(EventField.ENDED_AT, endedAt)
                    .seconds(EventField.SITTING_S, sitting).reason(reason);
        }
    }

    record BreakDue(long at, Duration sitting) implements SittingEvent {
        @Override
        public EventType type() {
            return EventType.BREAK_DUE;
        }

        @Override
        public EventFields<Long> fields() {
            return EventFields.<Long>of(type()).seconds(EventField.SITTING_S, sitting);
        }
    }

    record PromptShown(long at, Duration sitting) implements SittingEvent {
        @Override
        public EventType type() {
            return EventType.PROMPT_SHOWN;
        }

        @Override
        public EventFields<Long> fields() {
            return EventFields.<Long>of(type()).seconds(EventField.SITTING_S, sitting);
        }
    }

    /**
     * The prompt was held back because the person is busy (rule 13): not shown when it was due to
     * be, or closed when the person became busy while it was open.
     */
    record PromptHeld(long at, Duration sitting) implements SittingEvent {
        @Override
        public EventType type() {
            return EventType.PROMPT_HELD;
        }

        @Override
        public EventFields<Long> fields() {
            return EventFields.<Long>of(type()).seconds(EventField.SITTING_S, sitting);
        }
    }

    /** The prompt was snoozed; it comes back at {@code until}. */
    record BreakSnoozed(long at, long until) implements SittingEvent {
        @Override
        public EventType type() {
            return EventType.BREAK_SNOOZED;
        }

        @Override
        public EventFields<Long> fields() {
            return EventFields.<Long>of(type()).moment(EventField.UNTIL, until);
        }
    }

    record BreakSkipped(long at) implements SittingEvent {
        @Override
        public EventType type() {
            return EventType.BREAK_SKIPPED;
        }
    }

    /** The prompt timed out unanswered. */
    record BreakIgnored(long at) implements SittingEvent {
        @Override
        public EventType type() {
            return EventType.BREAK_IGNORED;
        }
    }

    record RoutineStarted(long at) implements SittingEvent {
        @Override
        public EventType type() {
            return EventType.ROUTINE_STARTED;
        }
    }

    /** The routine was completed; {@code duration} from its start. */
    record BreakDone(long at, Duration duration) implements SittingEvent {
        @Override
        public EventType type() {
            return EventType.BREAK_DONE;
        }

        @Override
        public EventFields<Long> fields() {
            return EventFields.<Long>of(type()).seconds(EventField.DURATION_S, duration);
        }
    }

    /** The routine was abandoned part way; {@code duration} from its start. */
    record BreakPartial(long at, Duration duration) implements SittingEvent {
        @Override
        public EventType type() {
            return EventType.BREAK_PARTIAL;
        }

        @Override
        public EventFields<Long> fields() {
            return EventFields.<Long>of(type()).seconds(EventField.DURATION_S, duration);
        }
    }

    /**
     * An answer that fits no state (rule 9): a {@code skip} or {@code snooze} with nothing to
     * answer, a {@code start} while a routine is under way. Counted, otherwise without effect.
     */
    record StrayAnswer(long at, Observation answer) implements SittingEvent {
        @Override
        public EventType type() {
            return EventType.STRAY_ANSWER;
        }
    }
}
