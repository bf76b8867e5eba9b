package org.unhunch.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unhunch.testing.PosixModes.mode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.sitting.EventType;
import org.unhunch.testing.PosixModes;

/** The break log and its -wal and -shm are the user's alone (600), however SQLite creates them. */
class SqliteBreakLogPermissionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void posixOnly() {
        PosixModes.require(folder);
    }

    private void recordOneEvent() throws Exception {
        try (SqliteBreakLog log = SqliteBreakLog.open(folder, CLOCK, Duration.ofDays(365), problems::add)) {
            log.record(new LoggedEvent(OffsetDateTime.parse("2026-11-25T11:00:00Z"), EventType.BREAK_SKIPPED,
                    null, null, null, null, null, null, null));
            for (String name : List.of("breaks.db", "breaks.db-wal", "breaks.db-shm")) {
                assertThat(mode(folder.resolve(name))).as(name + " while the log is open").isEqualTo(0600);
            }
        }
    }

    @Test
    void a_new_log_and_its_wal_and_shm_are_600() throws Exception {
        recordOneEvent();
        assertThat(mode(folder.resolve(SqliteBreakLog.FILE_NAME))).isEqualTo(0600);
    }

    @Test
    void the_new_log_started_after_a_damaged_one_is_600_too() throws Exception {
        Files.writeString(folder.resolve(SqliteBreakLog.FILE_NAME), "not a database ".repeat(300));
        recordOneEvent();
        assertThat(problems).singleElement().asString().contains("was damaged");
    }
}
