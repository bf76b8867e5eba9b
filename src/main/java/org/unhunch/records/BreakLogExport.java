package org.unhunch.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.unhunch.files.OwnerOnly;
import org.unhunch.sitting.EventField;
import org.unhunch.sitting.EventFields;

/**
 * The break log written out for a person or a spreadsheet, one row per event: its time and type,
 * its named fields, the routine and how far it got. Times are ISO-8601 with the UTC offset of the
 * moment, durations seconds; nothing about input. CSV is RFC 4180 with a header row; JSON an array
 * of objects.
 */
public final class BreakLogExport {

    public enum Format { csv, json }

    /** The columns, in order: the time and type, each named field ({@link EventField} order), the routine. */
    public static final List<String> COLUMNS = Stream.of(List.of("at", "event"),
            Arrays.stream(EventField.values()).map(EventField::wireName).toList(),
            List.of("routine", "steps_done", "steps")).flatMap(List::stream).toList();

    /** What starts a cell a spreadsheet would run as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private BreakLogExport() {
    }

    /** Writes {@code events} to {@code target} in {@code format}; {@code target} is closed. */
    public static void write(List<LoggedEvent> events, Format format, OutputStream target) throws IOException {
        if (format == Format.csv) {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
            COLUMNS.forEach(schema::addColumn);
            try (SequenceWriter rows = new CsvMapper().writer(schema.build()).writeValues(target)) {
                for (LoggedEvent event : events) {
                    Map<String, Object> row = row(event);
                    row.replaceAll((column, value) -> asText(value));
                    rows.write(row);
                }
            }
        } else {
            try (SequenceWriter rows = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValuesAsArray(target)) {
                for (LoggedEvent event : events) {
                    rows.write(row(event));
                }
            }
        }
    }

    /** Writes {@code events} as CSV to {@code file}; a new file is the person's alone (600), an old one replaced. */
    public static void writeCsvFile(List<LoggedEvent> events, Path file) throws IOException {
        try (OutputStream out = OwnerOnly.newOutput(file)) {
            write(events, Format.csv, out);
        }
    }

    /** The row of {@code event}: a value (or null) for each of {@link #COLUMNS}. */
    static Map<String, Object> row(LoggedEvent event) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("at", text(event.at()));
        row.put("event", event.type().wireName());
        EventFields<OffsetDateTime> fields = event.fields();
        for (EventField field : EventField.values()) {
            row.put(field.wireName(), switch (field.kind()) {
                case SECONDS -> seconds(fields.seconds(field));
                case MOMENT -> text(fields.moment(field));
                case REASON -> fields.reason() == null ? null : fields.reason().wireName();
            });
        }
        row.put("routine", event.routineId());
        row.put("steps_done", event.progress() == null ? null : event.progress().stepsDone());
        row.put("steps", event.progress() == null ? null : event.progress().steps());
        return row;
    }

    /**
     * A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
     * return) written as text, with an apostrophe first. Defence in depth: the rows read back hold
     * only times of years 1970 to 9999 (no sign), non-negative numbers, wire names and routine ids.
     */
    static Object asText(Object cell) {
        return cell instanceof String text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
                ? "'" + text : cell;
    }

    /** Always with seconds ({@code OffsetDateTime.toString()} leaves out ":00"), so every row reads alike. */
    private static String text(OffsetDateTime moment) {
        return moment == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment);
    }

    private static Double seconds(Duration duration) {
        return duration == null ? null : duration.toMillis() / 1000.0;
    }
}
