package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;
import org.unhunch.testing.SampleTraces;

/** A replayed day fed into the break log, then shown by the history window (screenshot for people to check). */
@Tag("desktop")
class HistoryWindowIT {

    @TempDir
    Path data;

    @Test
    void the_history_window_shows_a_replayed_day_with_its_numbers() throws Exception {
        Desktop.require();
        replay("example.trace", "T08:00");
        replay("answers.trace", "T10:00");
        try (AgentProcess history = AgentProcess.start(data, "history")) {
            await("the history window").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !Desktop.visibleWindow(HistoryWindow.WINDOW_TITLE).isEmpty());
            // example.trace: 2710 s sat, one break due and done; answers.trace: 6290 s sat, a break snoozed then
            // skipped, one ignored and the session ended by the end of input, so two due and none taken.
            await("today's line, printed once the window shows it").atMost(Duration.ofSeconds(10))
                    .until(() -> history.out().stream().anyMatch(line -> line.startsWith("Today")));
            assertThat(history.out()).contains(
                    "Today: sat 2:30 in all, longest stretch 1:44; 1 break taken of 3 due (compliance 33 %).");
            Desktop.awaitDrawn(Desktop.visibleWindow(HistoryWindow.WINDOW_TITLE));
            Desktop.screenshot("history-window");
            assertThat(history.err()).doesNotContain("Exception");
            history.stop();
        }
    }

    private void replay(String trace, String startingAt) throws Exception {
        try (AgentProcess replay = AgentProcess.start(data, "simulate", SampleTraces.named(trace).toString(),
                "--record-into", data.toString(), "--starting", LocalDate.now() + startingAt)) {
            assertThat(replay.awaitExit(Duration.ofSeconds(60))).isZero();
        }
    }
}
