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
import org.unhunch.sitting.SittingEvent;
import org.unhunch.testing.LogCapture;
import org.unhunch.testing.ReadOnlySql;

/** A time-scaled run's model time never reaches the person's real break log. */
class BreakLogsTest {

    @RegisterExtension
    final LogCapture logged = new LogCapture(BreakLogs.class);

    private final List<String> told = new ArrayList<>();

    @Test
    void a_time_scaled_run_keeps_its_breaks_apart_and_says_so(@TempDir Path data) throws Exception {
        try (BreakLog log = BreakLogs.forRun(data, 60, Duration.ofDays(90), told::add)) {
            log.record(breakDue());
        }

        Path apart = data.resolve("time-scaled").resolve(SqliteBreakLog.FILE_NAME);
        assertThat(data.resolve(SqliteBreakLog.FILE_NAME)).doesNotExist();
        assertThat(ReadOnlySql.texts(apart, "SELECT type FROM events")).containsExactly("break_due");
        assertThat(told).singleElement().asString().contains("--time-scale 60", apart.toString(),
                data.resolve(SqliteBreakLog.FILE_NAME) + " is not written");
        assertThat(logged.events()).singleElement().extracting(event -> event.getFormattedMessage())
                .asString().contains("Time-scaled run", apart.toString());
    }

    @Test
    void a_run_in_real_time_keeps_its_breaks_in_the_break_log(@TempDir Path data) throws Exception {
        try (BreakLog log = BreakLogs.forRun(data, 1, Duration.ofDays(90), told::add)) {
            log.record(breakDue());
        }

        assertThat(ReadOnlySql.texts(data.resolve(SqliteBreakLog.FILE_NAME), "SELECT type FROM events"))
                .containsExactly("break_due");
        assertThat(data.resolve("time-scaled")).doesNotExist();
        assertThat(told).isEmpty();
    }

    private static LoggedEvent breakDue() {
        OffsetDateTime now = OffsetDateTime.now();
        return LoggedEvent.of(new SittingEvent.BreakDue(0, Duration.ofMinutes(45)), t -> now, "mid-back-reset");
    }
}
