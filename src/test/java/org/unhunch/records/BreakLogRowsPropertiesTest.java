package org.unhunch.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.unhunch.routine.Routine;
import org.unhunch.sitting.EventField;
import org.unhunch.sitting.EventType;

/**
 * Break-log rows read back, whatever they hold: the readers return every row Unhunch wrote and
 * every other row they can read, and count the rest; never an exception, never a changed file, and
 * never text Unhunch does not write (escape sequences, spreadsheet formulas in a routine id).
 */
class BreakLogRowsPropertiesTest {

    private static final Instant AROUND = Instant.parse("2026-11-24T12:00:00Z");
    private static final Instant FIRST = Instant.ofEpochMilli(Long.MIN_VALUE);
    private static final Instant LAST = Instant.ofEpochMilli(Long.MAX_VALUE);
    private static final double TWO_TO_63 = 0x1p63;

    private static Path folder;

    @BeforeContainer
    static void makeFolder() throws Exception {
        folder = Files.createTempDirectory("unhunch-fuzzed-rows");
    }

    @AfterContainer
    static void deleteFolder() {
        FuzzedLogs.delete(folder);
    }

    @Provide
    Arbitrary<List<FuzzedLogs.Row>> rows() {
        return FuzzedLogs.rows(12, AROUND);
    }

    @Property(tries = 80, edgeCases = EdgeCasesMode.MIXIN)
    void every_row_is_read_or_counted_and_every_row_unhunch_wrote_is_read(@ForAll("rows") List<FuzzedLogs.Row> rows)
            throws Exception {
        Path file = FuzzedLogs.logIn(folder, rows);
        byte[] before = Files.readAllBytes(file);
        long inAnyWindow = FuzzedLogs.storedTimes(file).stream().filter(BreakLogRowsPropertiesTest::counted).count();
        try (SqliteBreakLog reader = SqliteBreakLog.openForReading(file)) {
            EventsRead all = reader.read(FIRST, LAST);

            assertThat(all.events().size() + all.skipped()).isEqualTo(inAnyWindow);
            assertThat(all.events()).containsSubsequence(written(rows, FIRST, LAST));
            assertThat(all.skippedNote().isPresent()).isEqualTo(all.skipped() > 0);
            all.events().forEach(BreakLogRowsPropertiesTest::isWellFormed);

            aDayIsReadAndSummarised(reader, rows);
        }
        assertThat(Files.readAllBytes(file)).as("a reader changes nothing").isEqualTo(before);
    }

    private static void aDayIsReadAndSummarised(SqliteBreakLog reader, List<FuzzedLogs.Row> rows) {
        LocalDate day = LocalDate.ofInstant(AROUND, ZoneOffset.UTC);
        Instant from = day.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        EventsRead read = reader.read(from, to);

        assertThat(read.events()).allSatisfy(event ->
                assertThat(event.at().toInstant()).isBetween(from, to.minusNanos(1)));
        assertThat(read.events()).containsSubsequence(written(rows, from, to));
        List<DailySummary> days = DailySummary.of(read.events(), day.minusDays(1), day, ZoneOffset.UTC,
                Duration.ofMinutes(45), AROUND);
        assertThat(days).hasSize(2);
        long done = read.events().stream().filter(event -> event.type() == EventType.BREAK_DONE).count();
        assertThat(days.stream().mapToInt(DailySummary::done).sum()).isLessThanOrEqualTo((int) done);
        for (DailySummary summary : days) {
            assertThat(summary.sitting()).isBetween(Duration.ZERO, Duration.ofDays(1));
            assertThat(summary.breaksTaken()).isLessThanOrEqualTo(summary.breaksDue());
        }
    }

    private static List<LoggedEvent> written(List<FuzzedLogs.Row> rows, Instant from, Instant to) {
        return rows.stream().map(FuzzedLogs.Row::written).filter(Objects::nonNull)
                .filter(event -> !event.at().toInstant().isBefore(from) && event.at().toInstant().isBefore(to))
                .toList();
    }

    /** Whether a read of every moment there is counts the row: any time but the very last, or no number at all. */
    private static boolean counted(Object storedTime) {
        if (storedTime instanceof Integer || storedTime instanceof Long) {
            return ((Number) storedTime).longValue() != Long.MAX_VALUE;
        }
        if (storedTime instanceof Double number) {
            return number >= -TWO_TO_63 && number < TWO_TO_63;
        }
        return true;
    }

    private static void isWellFormed(LoggedEvent event) {
        assertThat(event.at()).isNotNull();
        assertThat(event.type()).isNotNull();
        if (event.routineId() != null) {
            assertThat(event.routineId()).as("only what a routine file allows, so nothing a terminal or"
                    + " spreadsheet would run").matches(Routine.ID_SYNTAX);
        }
        for (EventField field : event.type().fields()) {
            Duration duration = field.kind() == EventField.Kind.SECONDS ? event.fields().seconds(field) : null;
            if (duration != null) {
                assertThat(duration).isBetween(Duration.ZERO, Duration.ofDays(3660));
            }
        }
    }
}
