package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.unhunch.records.EventsRead;
import org.unhunch.records.FuzzedLogs;
import org.unhunch.records.SqliteBreakLog;
import org.unhunch.testing.DataFolderProperty;

/**
 * {@code stats} and {@code export} on break logs whose rows hold anything SQLite takes: a result
 * (exit 0) with every readable row and a note of how many were left out, never a stack trace, never
 * a changed log, never a control character or a spreadsheet formula in the export.
 */
class BreakLogCommandsPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path data;
    private static DataFolderProperty dataFolder;

    @BeforeContainer
    static void useAFolderOfTheirOwn() throws Exception {
        data = Files.createTempDirectory("unhunch-fuzzed-commands");
        dataFolder = DataFolderProperty.pointAt(data);
    }

    @AfterContainer
    static void restore() {
        dataFolder.close();
        FuzzedLogs.delete(data);
    }

    @Provide
    Arbitrary<List<FuzzedLogs.Row>> rows() {
        return FuzzedLogs.rows(10, Instant.now());
    }

    @Property(tries = 25, edgeCases = EdgeCasesMode.MIXIN)
    void stats_and_export_show_what_can_be_read_and_count_the_rest(@ForAll("rows") List<FuzzedLogs.Row> rows)
            throws Exception {
        Path log = FuzzedLogs.logIn(data, rows);
        byte[] logBefore = Files.readAllBytes(log);
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(zone);
        EventsRead lastWeek;
        try (SqliteBreakLog reader = SqliteBreakLog.openForReading(log)) {
            lastWeek = reader.read(today.minusDays(6).atStartOfDay(zone).toInstant(),
                    today.plusDays(1).atStartOfDay(zone).toInstant());
        }

        CliRun stats = CliRun.of("stats", "--json");
        CliRun export = CliRun.of("export", "--format", "json", "--from", today.minusDays(6).toString());
        CliRun csv = CliRun.of("export", "--format", "csv", "--from", today.minusDays(6).toString());

        for (CliRun run : List.of(stats, export, csv)) {
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(run.err().contains("could not be read and")).isEqualTo(lastWeek.skipped() > 0);
        }
        assertThat(JSON.readTree(stats.out())).hasSize(7);
        JsonNode exported = JSON.readTree(export.out());
        assertThat(exported).hasSize(lastWeek.events().size());
        assertThat(csv.outLines()).hasSize(1 + lastWeek.events().size());
        for (String line : csv.outLines()) {
            assertThat(line).as("no control character reaches the terminal").doesNotContainPattern("\\p{Cntrl}");
            for (String quoted : line.split(",", -1)) {
                String cell = quoted.replaceAll("^\"(.*)\"$", "$1");
                assertThat(cell).as("no cell a spreadsheet would run, none that needed the guard")
                        .doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                        .doesNotStartWith("'");
            }
        }
        assertThat(Files.readAllBytes(log)).as("the commands change nothing").isEqualTo(logBefore);
    }
}
