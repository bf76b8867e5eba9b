package org.unhunch.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.sitting.EventType;
import org.unhunch.testing.MutableClock;

/**
 * A log that cannot be opened when the agent starts (a data folder it cannot write yet) keeps the
 * events in memory and is opened, and written, as soon as it can: tried again at events, at growing
 * intervals of the injected clock, and once more at close.
 */
class BreakLogRetryTest {

    private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");
    private static final Duration YEAR = Duration.ofDays(365);

    @TempDir
    Path parent;

    private final MutableClock clock = new MutableClock(START);
    private final List<String> problems = new ArrayList<>();

    /** A data folder that cannot be made (a file stands where it belongs) until {@link #makeWritable}. */
    private Path blockedFolder() throws Exception {
        Path folder = parent.resolve("data");
        Files.writeString(folder, "in the way");
        return folder;
    }

    private void makeWritable(Path folder) throws Exception {
        Files.delete(folder);
    }

    private LoggedEvent due(int minute) {
        return LoggedEvent.of(OffsetDateTime.ofInstant(START.plusSeconds(60L * minute), ZoneOffset.UTC), EventType.BREAK_DUE);
    }

    @Test
    void events_of_a_log_that_could_not_be_opened_at_start_are_written_once_the_folder_can_be_written()
            throws Exception {
        Path folder = blockedFolder();
        SqliteBreakLog log = SqliteBreakLog.openWhenItCan(folder, clock, YEAR, problems::add);
        try {
            assertThat(log.isOpen()).isFalse();
            log.record(due(1));
            clock.advance(Duration.ofMinutes(1));
            log.record(due(2));
            assertThat(log.pendingEvents()).isEqualTo(2);
            assertThat(log.events(START, START.plus(YEAR))).as("kept in memory, and shown").hasSize(2);

            makeWritable(folder);
            clock.advance(Duration.ofMinutes(10));
            log.record(due(12));

            assertThat(log.isOpen()).isTrue();
            assertThat(log.pendingEvents()).isZero();
        } finally {
            log.close();
        }
        try (SqliteBreakLog reopened = SqliteBreakLog.open(folder, clock, YEAR, problems::add)) {
            assertThat(reopened.events(START, START.plus(YEAR))).containsExactly(due(1), due(2), due(12));
        }
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("cannot be opened").contains("kept in memory (up to 10000)");
        assertThat(problems.get(1)).contains("is open now").contains("the 3 events kept in memory");
    }

    @Test
    void the_open_is_tried_again_at_growing_intervals_of_the_clock_not_at_every_event() throws Exception {
        Path folder = blockedFolder();
        SqliteBreakLog log = SqliteBreakLog.openWhenItCan(folder, clock, YEAR, problems::add);
        try {
            clock.advance(SqliteBreakLog.FIRST_RETRY);
            log.record(due(1));
            makeWritable(folder);
            log.record(due(2));
            assertThat(log.isOpen()).as("the second failure put the next try 2 s later").isFalse();
            clock.advance(Duration.ofMillis(1999));
            log.record(due(3));
            assertThat(log.isOpen()).isFalse();
            clock.advance(Duration.ofMillis(1));
            log.record(due(4));
            assertThat(log.isOpen()).isTrue();
            assertThat(log.pendingEvents()).isZero();
        } finally {
            log.close();
        }
        assertThat(problems).filteredOn(problem -> problem.contains("cannot be opened")).hasSize(1);
    }

    @Test
    void the_interval_between_tries_stops_growing_at_five_minutes() throws Exception {
        Path folder = blockedFolder();
        SqliteBreakLog log = SqliteBreakLog.openWhenItCan(folder, clock, YEAR, problems::add);
        try {
            for (int i = 0; i < 12; i++) {
                clock.advance(Duration.ofHours(1));
                log.record(due(i));
            }
            makeWritable(folder);
            clock.advance(SqliteBreakLog.LAST_RETRY.minusMillis(1));
            log.record(due(100));
            assertThat(log.isOpen()).isFalse();
            clock.advance(Duration.ofMillis(1));
            log.record(due(101));
            assertThat(log.isOpen()).isTrue();
        } finally {
            log.close();
        }
    }

    @Test
    void close_tries_once_more_whenever_events_wait() throws Exception {
        Path folder = blockedFolder();
        SqliteBreakLog log = SqliteBreakLog.openWhenItCan(folder, clock, YEAR, problems::add);
        log.record(due(1));
        makeWritable(folder);
        log.close();

        try (SqliteBreakLog reopened = SqliteBreakLog.open(folder, clock, YEAR, problems::add)) {
            assertThat(reopened.events(START, START.plus(YEAR))).containsExactly(due(1));
        }
    }

    @Test
    void past_the_bound_the_oldest_waiting_events_are_dropped_and_that_is_said_once() throws Exception {
        Path folder = blockedFolder();
        SqliteBreakLog log = SqliteBreakLog.openWhenItCan(folder, clock, YEAR, problems::add);
        int extra = 5;
        for (int i = 0; i < SqliteBreakLog.MAX_PENDING + extra; i++) {
            log.record(due(i));
        }
        assertThat(log.pendingEvents()).isEqualTo(SqliteBreakLog.MAX_PENDING);
        List<LoggedEvent> kept = log.events(START, START.plus(YEAR));
        assertThat(kept.get(0)).as("the oldest were dropped").isEqualTo(due(extra));
        assertThat(kept.get(kept.size() - 1)).isEqualTo(due(SqliteBreakLog.MAX_PENDING + extra - 1));
        assertThat(problems).filteredOn(problem -> problem.contains("oldest of them is dropped")).hasSize(1);

        log.close();
        assertThat(problems.get(problems.size() - 1)).contains(SqliteBreakLog.MAX_PENDING + " events could not be"
                + " saved");
    }
}
