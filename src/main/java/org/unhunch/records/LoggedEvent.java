package org.unhunch.records;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import org.unhunch.sitting.EventFields;
import org.unhunch.sitting.EventType;
import org.unhunch.sitting.SittingEvent;

/**
 * One event as the break log keeps it: what happened and when on the wall clock, with the UTC
 * offset of that moment (so days and DST read right later), and the event's named fields, their
 * moments on the wall clock too. Times and durations only. {@code routineId} names the routine
 * of a routine event, {@code progress} how many of its steps were done (known for
 * {@code break_done} and {@code break_partial} answered in the routine window); either may be
 * {@code null}.
 */
public record LoggedEvent(OffsetDateTime at, EventFields<OffsetDateTime> fields, String routineId,
                          RoutineProgress progress) {

    /** The events that name the routine they are about. */
    private static final Set<EventType> ROUTINE_EVENTS = EnumSet.of(EventType.ROUTINE_STARTED, EventType.BREAK_DONE,
            EventType.BREAK_PARTIAL);

    public LoggedEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(fields, "fields");
    }

    /** An event of {@code type} with no fields set, no routine and no progress. */
    public static LoggedEvent of(OffsetDateTime at, EventType type) {
        return new LoggedEvent(at, EventFields.of(type), null, null);
    }

    public EventType type() {
        return fields.type();
    }

    /** This event with how far the routine got. */
    public LoggedEvent withProgress(RoutineProgress progress) {
        return new LoggedEvent(at, fields, routineId, progress);
    }

    /**
     * The log's form of a model event.
     *
     * @param wallTime the wall-clock moment of a model time
     * @param routineId the routine guided, kept with routine events; may be null
     */
    public static LoggedEvent of(SittingEvent event, LongFunction<OffsetDateTime> wallTime, String routineId) {
        return new LoggedEvent(wallTime.apply(event.at()), event.fields().withMoments(wallTime::apply),
                ROUTINE_EVENTS.contains(event.type()) ? routineId : null, null);
    }
}
