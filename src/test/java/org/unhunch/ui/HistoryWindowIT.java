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
import org.unhunch.testing.SharedDesign;

/** A replayed day fed into the break log, then shown by the history window (screenshot for people to check). */
@Tag("desktop")
class HistoryWindowIT {

    @TempDir
    Path data;

    @Test
    void the_history_window_shows_a_replayed_day() throws Exception {
        Desktop.require();
        Path trace = SharedDesign.traces().resolve("answers.trace");
        try (AgentProcess replay = AgentProcess.start(data, "simulate", trace.toString(), "--record-into",
                data.toString(), "--starting", LocalDate.now() + "T09:00")) {
            assertThat(replay.awaitExit(Duration.ofSeconds(60))).isZero();
        }
        try (AgentProcess history = AgentProcess.start(data, "history")) {
            await("the history window").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !Desktop.visibleWindow(HistoryWindow.WINDOW_TITLE).isEmpty());
            await("the chart drawn").pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);
            Desktop.screenshot("history-window");
            assertThat(history.err()).doesNotContain("Exception");
            history.stop();
        }
    }
}
