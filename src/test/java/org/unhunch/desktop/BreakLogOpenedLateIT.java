package org.unhunch.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.records.LoggedEvent;
import org.unhunch.records.SqliteBreakLog;
import org.unhunch.sitting.EventType;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;

/**
 * The packaged agent started where its break log cannot be opened (something else stands where the
 * file belongs) keeps the run's events, and writes them once the log can be opened: here at the
 * latest when it stops.
 */
@Tag("desktop")
class BreakLogOpenedLateIT {

    @TempDir
    Path data;

    @BeforeEach
    void requireDesktop() {
        Desktop.require();
    }

    @Test
    void events_of_a_run_that_started_with_a_log_it_could_not_open_are_written_once_it_can() throws Exception {
        Path log = data.resolve(SqliteBreakLog.FILE_NAME);
        Files.createDirectories(log);
        try (AgentProcess agent = AgentProcess.start(data, "run", "--headless")) {
            HeadlessAgentIT.awaitHookRegistered(data);
            Desktop.xdotool("mousemove", "10", "10", "mousemove", "400", "400");
            assertThat(agent.awaitEvent("sitting_started", Duration.ofSeconds(10))).isNotNull();
            assertThat(AgentProcess.log(data)).as("the log could not be opened").contains("cannot be opened");

            Files.delete(log);
            assertThat(agent.stop()).isEqualTo(0);
            assertThat(agent.err()).doesNotContain("Exception");
        }
        assertThat(log).as("the log, written after all").isRegularFile();
        try (SqliteBreakLog reader = SqliteBreakLog.openForReading(log)) {
            assertThat(reader.events(Instant.EPOCH, Instant.now().plusSeconds(60))).extracting(LoggedEvent::type)
                    .containsExactly(EventType.SITTING_STARTED, EventType.SITTING_ENDED);
        }
        assertThat(AgentProcess.log(data)).contains("kept in memory").contains("is open now");
    }
}
