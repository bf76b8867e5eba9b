package org.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.records.BreakLog;
import org.unhunch.records.LoggedEvent;
import org.unhunch.records.SqliteBreakLog;
import org.unhunch.sitting.EventType;
import org.unhunch.testing.LogCapture;

/** A time-scaled run's model time never reaches the person's real break log. */
class BreakLogsTest {

    @RegisterExtension
    final LogCapture logged = new LogCapture(BreakLogs.class);

    private final List<String> told = new ArrayList<>();

    @Test
    void a_time_scaled_run_keeps_its_breaks_in_memory_and_says_so(@TempDir Path data) {
        try (BreakLog log = BreakLogs.forRun(data, 60, Duration.ofDays(90), told::add)) {
            log.record(new LoggedEvent(OffsetDateTime.parse("2026-11-25T08:00:00Z"), EventType.BREAK_DUE,
                    Duration.ofMinutes(45), null, null, null, null, null, null));
            assertThat(log.events(OffsetDateTime.parse("2026-11-25T00:00:00Z").toInstant(),
                    OffsetDateTime.parse("2026-11-26T00:00:00Z").toInstant())).hasSize(1);
        }

        assertThat(data.resolve(SqliteBreakLog.FILE_NAME)).doesNotExist();
        assertThat(told).singleElement().asString().contains("--time-scale 60", "in memory only",
                data.resolve(SqliteBreakLog.FILE_NAME).toString(), "not written");
        assertThat(logged.events()).singleElement().extracting(event -> event.getFormattedMessage())
                .asString().contains("Time-scaled run", "in memory only");
    }

    @Test
    void a_run_in_real_time_keeps_its_breaks_in_the_break_log(@TempDir Path data) {
        try (BreakLog log = BreakLogs.forRun(data, 1, Duration.ofDays(90), told::add)) {
            assertThat(log).isInstanceOf(SqliteBreakLog.class);
        }

        assertThat(data.resolve(SqliteBreakLog.FILE_NAME)).exists();
        assertThat(told).isEmpty();
    }
}
