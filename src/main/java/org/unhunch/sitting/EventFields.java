package org.unhunch.sitting;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The named fields of one event: for each field its {@link EventType} has ({@link EventType#fields()}),
 * a value or {@code null} (the {@code away_s} of a first session; a field a damaged record lost).
 * Lengths are {@link Duration}s, reasons {@link EndReason}s, and moments of type {@code M}: model
 * nanoseconds ({@code Long}) in the model, wall-clock moments in the break log.
 *
 * @param <M> how a moment is given
 */
public final class EventFields<M> {

    private final EventType type;
    private final Object[] values;

    private EventFields(EventType type, Object[] values) {
        this.type = type;
        this.values = values;
    }

    /** The fields of an event of {@code type}, all {@code null} until given. */
    public static <M> EventFields<M> of(EventType type) {
        return new EventFields<>(type, new Object[type.fields().size()]);
    }

    public EventType type() {
        return type;
    }

    /** These fields with the length {@code field} (a {@link EventField.Kind#SECONDS} field of the type) set. */
    public EventFields<M> seconds(EventField field, Duration value) {
        return with(field, EventField.Kind.SECONDS, value);
    }

    /** These fields with the moment {@code field} (a {@link EventField.Kind#MOMENT} field of the type) set. */
    public EventFields<M> moment(EventField field, M value) {
        return with(field, EventField.Kind.MOMENT, value);
    }

    /** These fields with the {@link EventField#REASON} set. */
    public EventFields<M> reason(EndReason value) {
        return with(EventField.REASON, EventField.Kind.REASON, value);
    }

    /** The length in {@code field}, or {@code null} when the type has no such field or it is empty. */
    public Duration seconds(EventField field) {
        return (Duration) get(field, EventField.Kind.SECONDS);
    }

    /** The moment in {@code field}, or {@code null} when the type has no such field or it is empty. */
    @SuppressWarnings("unchecked")
    public M moment(EventField field) {
        return (M) get(field, EventField.Kind.MOMENT);
    }

    /** Why the session ended, or {@code null} when the type has no reason. */
    public EndReason reason() {
        return (EndReason) get(EventField.REASON, EventField.Kind.REASON);
    }

    /** The same fields with every moment given another way ({@code null} stays {@code null}). */
    public <N> EventFields<N> withMoments(Function<? super M, ? extends N> convert) {
        Object[] converted = values.clone();
        List<EventField> fields = type.fields();
        for (int i = 0; i < converted.length; i++) {
            if (fields.get(i).kind() == EventField.Kind.MOMENT && converted[i] != null) {
                @SuppressWarnings("unchecked")
                M moment = (M) converted[i];
                converted[i] = convert.apply(moment);
            }
        }
        return new EventFields<>(type, converted);
    }

    private EventFields<M> with(EventField field, EventField.Kind kind, Object value) {
        int index = type.fields().indexOf(field);
        if (index < 0 || field.kind() != kind) {
            throw new IllegalArgumentException(type.wireName() + " has no " + kind.name().toLowerCase(Locale.ROOT)
                    + " field " + field.wireName());
        }
        Object[] changed = values.clone();
        changed[index] = value;
        return new EventFields<>(type, changed);
    }

    private Object get(EventField field, EventField.Kind kind) {
        if (field.kind() != kind) {
            throw new IllegalArgumentException(field.wireName() + " is no " + kind.name().toLowerCase(Locale.ROOT)
                    + " field");
        }
        int index = type.fields().indexOf(field);
        return index < 0 ? null : values[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventFields<?> fields && type == fields.type && Arrays.equals(values, fields.values);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(type.wireName()).append('{');
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(type.fields().get(i).wireName()).append('=').append(values[i]);
        }
        return text.append('}').toString();
    }
}
