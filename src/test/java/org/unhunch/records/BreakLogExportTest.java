package org.unhunch.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.sitting.EndReason;
import org.unhunch.sitting.EventField;
import org.unhunch.sitting.EventFields;
import org.unhunch.sitting.EventType;
import org.unhunch.testing.PosixModes;

/** The export's columns and cells: each event's named fields in their own columns, nothing a spreadsheet runs. */
class BreakLogExportTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-24T10:00:00+01:00");

    @TempDir
    Path folder;

    private static List<LoggedEvent> aBreak() {
        return List.of(
                new LoggedEvent(AT, EventFields.<OffsetDateTime>of(EventType.SITTING_STARTED)
                        .seconds(EventField.AWAY_S, Duration.ofSeconds(890)), null, null),
                new LoggedEvent(AT.plusMinutes(45), EventFields.<OffsetDateTime>of(EventType.BREAK_SNOOZED)
                        .moment(EventField.UNTIL, AT.plusMinutes(55)), null, null),
                new LoggedEvent(AT.plusMinutes(56), EventFields.<OffsetDateTime>of(EventType.SITTING_ENDED)
                        .moment(EventField.ENDED_AT, AT.plusMinutes(56)).seconds(EventField.SITTING_S,
                                Duration.ofMinutes(56)).reason(EndReason.ROUTINE), null, null),
                new LoggedEvent(AT.plusMinutes(61), EventFields.<OffsetDateTime>of(EventType.BREAK_DONE)
                        .seconds(EventField.DURATION_S, Duration.ofMillis(281_500)), "quick-reset",
                        new RoutineProgress(3, 3)));
    }

    private static String written(List<LoggedEvent> events, BreakLogExport.Format format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BreakLogExport.write(events, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csv_has_the_columns_of_every_version_and_each_field_in_its_own() throws Exception {
        assertThat(BreakLogExport.COLUMNS).containsExactly("at", "event", "sitting_s", "away_s", "duration_s",
                "reason", "ended_at", "until", "routine", "steps_done", "steps");
        assertThat(written(aBreak(), BreakLogExport.Format.csv).split("\r\n")).containsExactly(
                "at,event,sitting_s,away_s,duration_s,reason,ended_at,until,routine,steps_done,steps",
                "\"2026-11-24T10:00:00+01:00\",sitting_started,,890.0,,,,,,,",
                "\"2026-11-24T10:45:00+01:00\",break_snoozed,,,,,,\"2026-11-24T10:55:00+01:00\",,,",
                "\"2026-11-24T10:56:00+01:00\",sitting_ended,3360.0,,,routine,\"2026-11-24T10:56:00+01:00\",,,,",
                "\"2026-11-24T11:01:00+01:00\",break_done,,,281.5,,,,quick-reset,3,3");
    }

    @Test
    void json_has_every_column_in_each_object_with_null_for_a_field_the_event_lacks() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(written(aBreak(), BreakLogExport.Format.json));
        assertThat(rows).hasSize(4);
        for (JsonNode row : rows) {
            assertThat(row.fieldNames()).toIterable().containsExactlyElementsOf(BreakLogExport.COLUMNS);
        }
        assertThat(rows.get(2).get("reason").asText()).isEqualTo("routine");
        assertThat(rows.get(2).get("sitting_s").asDouble()).isEqualTo(3360.0);
        assertThat(rows.get(2).get("until").isNull()).isTrue();
        assertThat(rows.get(3).get("steps_done").asInt()).isEqualTo(3);
    }

    @Test
    void a_csv_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text() throws Exception {
        for (String formula : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            LoggedEvent event = new LoggedEvent(AT, EventFields.of(EventType.ROUTINE_STARTED), formula, null);
            assertThat(written(List.of(event), BreakLogExport.Format.csv)).as(formula).contains("'" + formula)
                    .doesNotContain("," + formula, "\"" + formula);
        }
    }

    @Test
    void the_history_windows_csv_file_is_the_persons_alone() throws Exception {
        Path file = folder.resolve("window.csv");
        BreakLogExport.writeCsvFile(List.of(LoggedEvent.of(AT, EventType.BREAK_DUE)), file);
        assertThat(PosixModes.mode(file)).isEqualTo(0600);
        assertThat(java.nio.file.Files.readString(file)).startsWith("at,event,");
    }
}
