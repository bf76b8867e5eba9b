package org.unhunch.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.sitting.EndReason;
import org.unhunch.sitting.SittingEvent;

/** The break log's row of an event: the stored columns of every schema, each named field in its own. */
class EventRowTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Instant ORIGIN = Instant.parse("2026-11-25T08:00:00Z");

    @TempDir
    Path folder;

    private static LoggedEvent logged(SittingEvent event) {
        return LoggedEvent.of(event, t -> OffsetDateTime.ofInstant(ORIGIN.plusNanos(t), ZoneOffset.ofHours(1)),
                "quick-reset");
    }

    @Test
    void the_columns_written_are_the_columns_the_schema_stores() throws Exception {
        try (SqliteBreakLog log = SqliteBreakLog.open(folder, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(365),
                message -> { })) {
            log.record(logged(new SittingEvent.BreakDue(0, Duration.ofMinutes(45))));
        }
        List<String> stored = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("breaks.db"));
             Statement statement = connection.createStatement();
             ResultSet columns = statement.executeQuery("PRAGMA table_info(events)")) {
            while (columns.next()) {
                stored.add(columns.getString("name"));
            }
        }
        assertThat(stored).containsExactly("id", "at_ms", "utc_offset_s", "type", "sitting_s", "away_s", "duration_s",
                "reason", "ended_at_ms", "until_ms", "routine_id", "steps_done", "steps");
        assertThat(EventRow.WRITTEN_COLUMNS).containsExactlyElementsOf(stored.subList(1, stored.size()));
        assertThat(EventRow.COLUMNS_V1).isEqualTo("id, at_ms, utc_offset_s, type, sitting_s, away_s, duration_s,"
                + " reason, ended_at_ms, until_ms, routine_id");
    }

    @Test
    void each_field_goes_to_its_own_column_and_reads_back_the_same() throws Exception {
        LoggedEvent ended = logged(new SittingEvent.SittingEnded(3_000_000_000_000L, 2_700_000_000_000L,
                Duration.ofMillis(2_700_250), EndReason.IDLE));
        List<Object> values = EventRow.values(ended);
        assertThat(values.subList(3, 9)).containsExactly(2700.25, null, null, "idle",
                ORIGIN.plusSeconds(2700).toEpochMilli(), null);
        assertThat(EventRow.fromValues(values)).isEqualTo(ended);

        LoggedEvent snoozed = logged(new SittingEvent.BreakSnoozed(0, 600_000_000_000L));
        assertThat(EventRow.values(snoozed).subList(3, 9)).containsExactly(null, null, null, null, null,
                ORIGIN.plusSeconds(600).toEpochMilli());
        assertThat(EventRow.values(logged(new SittingEvent.BreakSkipped(0)))).as("no routine for a skip")
                .containsOnlyOnce("break_skipped").doesNotContain("quick-reset");
        assertThat(EventRow.values(logged(new SittingEvent.BreakDone(0, Duration.ofSeconds(120)))).subList(3, 10))
                .containsExactly(null, null, 120.0, null, null, null, "quick-reset");
    }

    @Test
    void a_row_with_a_field_its_event_never_has_is_unreadable_naming_the_column() throws Exception {
        List<Object> skippedWithSitting = Arrays.asList(NOW.toEpochMilli(), 0L, "break_skipped", 60.0, null, null,
                null, null, null, null, null, null);
        assertThatThrownBy(() -> EventRow.fromValues(skippedWithSitting)).isInstanceOf(EventRow.Unreadable.class)
                .hasMessage("sitting_s is 60.0, but a break_skipped has none");
        List<Object> startedWithUntil = Arrays.asList(NOW.toEpochMilli(), 0L, "sitting_started", null, null, null,
                null, null, NOW.toEpochMilli(), null, null, null);
        assertThatThrownBy(() -> EventRow.fromValues(startedWithUntil)).isInstanceOf(EventRow.Unreadable.class)
                .hasMessageContaining("until_ms");
    }
}
