package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.DataFolderProperty;
import org.unhunch.testing.SampleTraces;

/** A replayed day fed into the break log through simulate, then read back by stats and export. */
class StatsAndExportTest {

    @TempDir
    Path data;

    private DataFolderProperty dataFolder;

    @BeforeEach
    void useTheTestsDataFolder() {
        dataFolder = DataFolderProperty.pointAt(data);
    }

    @AfterEach
    void restore() {
        dataFolder.close();
    }

    private void replayTodayInto() throws Exception {
        replayTodayInto("example.trace");
    }

    private void replayTodayInto(String traceName) throws Exception {
        Path trace = SampleTraces.named(traceName);
        String today = LocalDate.now() + "T08:00";
        CliRun run = CliRun.of("simulate", trace.toString(), "--record-into", data.toString(), "--starting", today);
        assertThat(run.status()).isZero();
    }

    @Test
    void stats_without_a_log_says_there_is_nothing_yet() {
        CliRun run = CliRun.of("stats");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("no breaks recorded yet");
    }

    @Test
    void stats_show_the_day_the_log_holds() throws Exception {
        replayTodayInto();
        CliRun table = CliRun.of("stats", "--days", "2");
        assertThat(table.status()).isZero();
        assertThat(table.outLines()).hasSize(3);
        assertThat(table.outLines().get(2)).startsWith(LocalDate.now().toString())
                .contains("0:45").contains("100 %");

        CliRun json = CliRun.of("stats", "--days", "1", "--json");
        JsonNode day = new ObjectMapper().readTree(json.out()).get(0);
        assertThat(day.get("sitting_s").asDouble()).isEqualTo(2710.0);
        assertThat(day.get("breaks_due").asInt()).isEqualTo(1);
        assertThat(day.get("done").asInt()).isEqualTo(1);
        assertThat(day.get("compliance").asDouble()).isEqualTo(1.0);
    }

    @Test
    void stats_count_the_prompt_held_through_a_call_in_a_column_of_its_own() throws Exception {
        replayTodayInto("meeting.trace");
        CliRun table = CliRun.of("stats", "--days", "1");
        assertThat(table.status()).isZero();
        String header = table.outLines().get(0);
        String today = table.outLines().get(1);
        assertThat(header).contains("  ignored  held  natural  ");
        int heldEnd = header.indexOf(" held") + " held".length();
        assertThat(today.substring(0, heldEnd)).as("the count right-aligned under its header").endsWith("  1");
        Matcher column = Pattern.compile("\\S+").matcher(header);
        column.find();
        while (column.find()) {
            assertThat(today.charAt(column.end() - 1)).as("a value ends under " + column.group()).isNotEqualTo(' ');
            assertThat(column.end() == today.length() || today.charAt(column.end()) == ' ').isTrue();
        }

        JsonNode day = new ObjectMapper().readTree(CliRun.of("stats", "--days", "1", "--json").out()).get(0);
        assertThat(day.get("held").asInt()).as("the break held is still one break due").isEqualTo(1)
                .isEqualTo(day.get("breaks_due").asInt());
    }

    @Test
    void export_writes_a_held_prompt_with_its_sitting_time_in_csv_and_json() throws Exception {
        replayTodayInto("meeting.trace");
        Path csv = data.resolve("out.csv");
        assertThat(CliRun.of("export", "--format", "csv", "--out", csv.toString()).status()).isZero();
        List<String> lines = List.of(Files.readString(csv, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).filteredOn(line -> line.contains(",prompt_held,")).singleElement().asString()
                .matches("\\d{4}-\\d\\d-\\d\\dT08:45:00(Z|[+-]\\d\\d:\\d\\d),prompt_held,2700.0,,,,,,,,");

        JsonNode rows = new ObjectMapper().readTree(CliRun.of("export", "--format", "json").out());
        List<JsonNode> held = new ArrayList<>();
        rows.forEach(row -> {
            if (row.get("event").asText().equals("prompt_held")) {
                held.add(row);
            }
        });
        assertThat(held).singleElement().satisfies(row -> {
            assertThat(row.get("sitting_s").asDouble()).isEqualTo(2700.0);
            assertThat(row.get("at").asText()).contains("T08:45:00");
        });
    }

    @Test
    void export_writes_rfc_4180_csv_with_a_header_and_one_row_per_event() throws Exception {
        replayTodayInto();
        Path csv = data.resolve("out.csv");
        CliRun run = CliRun.of("export", "--format", "csv", "--out", csv.toString());
        assertThat(run.status()).isZero();
        List<String> lines = List.of(Files.readString(csv, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("at,event,sitting_s,away_s,duration_s,reason,ended_at,until,routine,"
                + "steps_done,steps");
        assertThat(lines).hasSize(1 + 8);
        assertThat(lines.get(1)).matches("\\d{4}-\\d\\d-\\d\\dT08:00:00(Z|[+-]\\d\\d:\\d\\d),sitting_started,,,,,,,,,");
        assertThat(lines).anyMatch(line -> line.contains(",break_done,,,280.0,,,,"));
    }

    @Test
    void export_writes_json_too_and_refuses_a_backwards_range() throws Exception {
        replayTodayInto();
        CliRun json = CliRun.of("export", "--format", "json");
        JsonNode rows = new ObjectMapper().readTree(json.out());
        assertThat(rows).hasSize(8);
        assertThat(rows.get(0).get("event").asText()).isEqualTo("sitting_started");

        CliRun backwards = CliRun.of("export", "--format", "csv", "--from", "2026-02-01", "--to", "2026-01-01");
        assertThat(backwards.status()).isEqualTo(2);
        assertThat(backwards.err()).contains("--from 2026-02-01 is after --to 2026-01-01");
    }

    @Test
    void a_damaged_log_that_was_moved_aside_is_named_by_stats() throws Exception {
        replayTodayInto();
        Files.writeString(data.resolve("breaks.db.damaged-20261101T000000Z"), "old");
        CliRun run = CliRun.of("stats", "--days", "1");
        assertThat(run.err()).contains("a damaged break log was kept at " + data.resolve("breaks.db.damaged-20261101T000000Z"));
    }
}
