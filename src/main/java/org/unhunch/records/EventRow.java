package org.unhunch.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.unhunch.sitting.EndReason;
import org.unhunch.sitting.EventField;
import org.unhunch.sitting.EventFields;
import org.unhunch.sitting.EventType;
import org.unhunch.text.TerminalText;

/**
 * One row of the {@code events} table read back as a {@link LoggedEvent}. SQLite keeps whatever
 * was put in a column (text where a number belongs, a blob, a huge number), so every value is
 * checked for what Unhunch writes there; a row that does not fit is {@link Unreadable}, never a
 * guess. Text is only ever a known wire name or a routine id, so no text read back can hold a
 * control character for a terminal or start a spreadsheet formula.
 */
final class EventRow {

    /**
     * The column of each named field, in {@link EventField} order: a length in seconds ({@code REAL})
     * or a reason ({@code TEXT}) under the field's name, a moment in epoch milliseconds
     * ({@code INTEGER}) under its name and {@code _ms}.
     */
    static String column(EventField field) {
        return field.kind() == EventField.Kind.MOMENT ? field.wireName() + "_ms" : field.wireName();
    }

    private static final List<String> FIELD_COLUMNS = Arrays.stream(EventField.values()).map(EventRow::column)
            .toList();

    /** The columns the writer sets, in the order of {@link #values} and {@link #fromValues}. */
    static final List<String> WRITTEN_COLUMNS = Stream.of(List.of("at_ms", "utc_offset_s", "type"), FIELD_COLUMNS,
            List.of("routine_id", "steps_done", "steps")).flatMap(List::stream).toList();

    /** The columns a read selects, in this order: {@code id} first, then as in {@link #read} (schema 1's columns). */
    static final String COLUMNS_V1 = "id, " + String.join(", ", WRITTEN_COLUMNS.subList(0, WRITTEN_COLUMNS.size() - 2));

    /** Ten years: no sitting, break or absence Unhunch records is longer. */
    static final long MAX_SECONDS = 3660L * 24 * 3600;

    private static final int MAX_OFFSET_SECONDS = 18 * 3600;
    /** The years of times Unhunch writes: from the epoch to the last a four-digit date names. */
    static final int FIRST_YEAR = 1970;
    static final int LAST_YEAR = 9999;

    /**
     * The routine ids Unhunch writes: those a routine file may give (the routine package's
     * {@code Routine.ID_SYNTAX}, restated here since records may not import routine; a test keeps
     * the two the same).
     */
    static final Pattern ROUTINE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** A row that cannot be read, and why. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason);
        }
    }

    private EventRow() {
    }

    /**
     * The event in the current row of {@code rows}, selected as {@link #COLUMNS_V1} then
     * {@code steps_done, steps} (or two NULLs).
     */
    static LoggedEvent read(ResultSet rows) throws SQLException, Unreadable {
        List<Object> values = new ArrayList<>(WRITTEN_COLUMNS.size());
        for (int column = 2; column <= WRITTEN_COLUMNS.size() + 1; column++) {
            values.add(rows.getObject(column));
        }
        return fromValues(values);
    }

    /**
     * What the writer puts into {@link #WRITTEN_COLUMNS} for {@code event}, checked to be read back:
     * so the log never holds a row of Unhunch's that its readers leave out.
     *
     * @throws Unreadable when the log could not hold the event (a time past year 9999, a duration of
     *                    centuries), saying why
     */
    static List<Object> values(LoggedEvent event) throws Unreadable {
        List<Object> values = new ArrayList<>(WRITTEN_COLUMNS.size());
        try {
            values.add(event.at().toInstant().toEpochMilli());
            values.add((long) event.at().getOffset().getTotalSeconds());
            values.add(event.type().wireName());
            for (EventField field : EventField.values()) {
                values.add(value(event.fields(), field));
            }
        } catch (ArithmeticException e) {
            throw new Unreadable("a time or duration of the " + event.type().wireName() + " of " + event.at()
                    + " is out of range");
        }
        values.add(event.routineId());
        values.add(event.progress() == null ? null : (long) event.progress().stepsDone());
        values.add(event.progress() == null ? null : (long) event.progress().steps());
        fromValues(values);
        return values;
    }

    /** The event a row of these values (in {@link #WRITTEN_COLUMNS} order) holds. */
    static LoggedEvent fromValues(List<Object> values) throws Unreadable {
        long offsetSeconds = whole(values.get(1), "utc_offset_s");
        if (Math.abs(offsetSeconds) > MAX_OFFSET_SECONDS) {
            throw new Unreadable("UTC offset of " + offsetSeconds + " s is out of range");
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds((int) offsetSeconds);
        OffsetDateTime at = moment(whole(values.get(0), "at_ms"), offset, "at_ms");
        EventType type = eventType(values.get(2));
        EventFields<OffsetDateTime> fields = EventFields.of(type);
        for (EventField field : EventField.values()) {
            Object value = values.get(3 + field.ordinal());
            if (!type.fields().contains(field)) {
                if (value != null) {
                    throw new Unreadable(column(field) + " is " + describe(value) + ", but a " + type.wireName()
                            + " has none");
                }
                continue;
            }
            String column = column(field);
            fields = switch (field.kind()) {
                case SECONDS -> fields.seconds(field, seconds(value, column));
                case MOMENT -> fields.moment(field, optionalMoment(value, column, offset));
                case REASON -> fields.reason(endReason(value));
            };
        }
        int rest = 3 + EventField.values().length;
        return new LoggedEvent(at, fields, routineId(values.get(rest)),
                progress(values.get(rest + 1), values.get(rest + 2)));
    }

    /** What the column of {@code field} holds for these fields: null for a field they lack or leave empty. */
    private static Object value(EventFields<OffsetDateTime> fields, EventField field) {
        return switch (field.kind()) {
            case SECONDS -> seconds(fields.seconds(field));
            case MOMENT -> millis(fields.moment(field));
            case REASON -> fields.reason() == null ? null : fields.reason().wireName();
        };
    }

    private static Double seconds(Duration duration) {
        return duration == null ? null : duration.toNanos() / 1e9;
    }

    private static Long millis(OffsetDateTime moment) {
        return moment == null ? null : moment.toInstant().toEpochMilli();
    }

    private static long whole(Object value, String column) throws Unreadable {
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        throw new Unreadable(column + " is " + describe(value) + ", not a whole number");
    }

    /** A moment whose local date (in the row's offset) is of a year a four-digit date names, from 1970 on. */
    private static OffsetDateTime moment(long millis, ZoneOffset offset, String column) throws Unreadable {
        // Any long of milliseconds is a moment within OffsetDateTime's range (about 292 million years).
        OffsetDateTime moment = OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), offset);
        if (moment.getYear() < FIRST_YEAR || moment.getYear() > LAST_YEAR) {
            throw new Unreadable(column + " of " + moment + " is out of range; allowed years " + FIRST_YEAR + " to "
                    + LAST_YEAR);
        }
        return moment;
    }

    private static OffsetDateTime optionalMoment(Object value, String column, ZoneOffset offset) throws Unreadable {
        return value == null ? null : moment(whole(value, column), offset, column);
    }

    private static EventType eventType(Object value) throws Unreadable {
        EventType type = value instanceof String name ? EventType.fromWireName(name) : null;
        if (type == null) {
            throw new Unreadable("unknown event type " + describe(value));
        }
        return type;
    }

    private static EndReason endReason(Object value) throws Unreadable {
        if (value == null) {
            return null;
        }
        EndReason reason = value instanceof String name ? EndReason.fromWireName(name) : null;
        if (reason == null) {
            throw new Unreadable("unknown end reason " + describe(value));
        }
        return reason;
    }

    private static Duration seconds(Object value, String column) throws Unreadable {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            throw new Unreadable(column + " is " + describe(value) + ", not a number of seconds");
        }
        double seconds = number.doubleValue();
        if (!(seconds >= 0 && seconds <= MAX_SECONDS)) {
            throw new Unreadable(column + " of " + seconds + " s is out of range; allowed 0 to " + MAX_SECONDS
                    + " (" + MAX_SECONDS / 86_400 + " days)");
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    private static String routineId(Object value) throws Unreadable {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String id && ROUTINE_ID.matcher(id).matches())) {
            throw new Unreadable("routine_id " + describe(value) + " is not a routine id");
        }
        return id;
    }

    private static RoutineProgress progress(Object done, Object steps) throws Unreadable {
        if (done == null || steps == null) {
            return null;
        }
        long stepsDone = whole(done, "steps_done");
        long stepCount = whole(steps, "steps");
        if (stepCount < 1 || stepCount > Integer.MAX_VALUE || stepsDone < 0 || stepsDone > stepCount) {
            throw new Unreadable(stepsDone + " of " + stepCount + " steps done is not possible");
        }
        return new RoutineProgress((int) stepsDone, (int) stepCount);
    }

    /** A value as a message may quote it: short, and without control characters. */
    private static String describe(Object value) {
        if (value == null) {
            return "empty";
        }
        if (value instanceof byte[] bytes) {
            return "a blob of " + bytes.length + " bytes";
        }
        if (value instanceof String text) {
            return "'" + TerminalText.shortened(text, 40) + "'";
        }
        return value.toString();
    }
}
