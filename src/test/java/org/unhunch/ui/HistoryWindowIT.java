package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
    void the_history_window_shows_a_replayed_day_with_its_numbers_and_escape_closes_it() throws Exception {
        Desktop.require();
        replayDay();
        try (AgentProcess history = AgentProcess.start(data, "history")) {
            String window = awaitWindow();
            // example.trace: 2710 s sat, one break due and done; answers.trace: 6290 s sat, a break snoozed then
            // skipped, one ignored and the session ended by the end of input, so two due and none taken.
            await("today's line, printed once the window shows it").atMost(Duration.ofSeconds(10))
                    .until(() -> history.out().stream().anyMatch(line -> line.startsWith("Today")));
            assertThat(history.out()).contains(
                    "Today: sat 2:30 in all, longest stretch 1:44; 1 break taken of 3 due (compliance 33 %).");
            Desktop.awaitDrawn(window);
            Desktop.screenshot("history-window");

            Desktop.xdotool("windowactivate", "--sync", window);
            String week = pixels(window);
            Desktop.xdotool("key", "alt+3");
            await("the 30 days drawn").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !pixels(window).equals(week));
            Desktop.screenshot("history-window-30-days");

            Desktop.xdotool("key", "Escape");
            await("the window closed by Escape").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> Desktop.visibleWindow(HistoryWindow.WINDOW_TITLE).isEmpty());
            assertThat(history.awaitExit(Duration.ofSeconds(10))).as("the history command ends with its window")
                    .isZero();
            assertThat(history.err()).doesNotContain("Exception");
        }
    }

    @Test
    void the_dark_history_window_closes_on_ctrl_w() throws Exception {
        Desktop.require();
        replayDay();
        try (AgentProcess history = AgentProcess.start(data, List.of("-Dunhunch.theme=dark"), "history")) {
            String window = awaitWindow();
            Desktop.awaitDrawn(window);
            Desktop.screenshot("history-window-dark");

            Desktop.xdotool("windowactivate", "--sync", window);
            Desktop.xdotool("key", "ctrl+w");
            await("the window closed by Ctrl+W").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> Desktop.visibleWindow(HistoryWindow.WINDOW_TITLE).isEmpty());
            assertThat(history.awaitExit(Duration.ofSeconds(10))).isZero();
        }
    }

    /** A digest of the window's pixels, which changes when it is drawn otherwise. */
    private static String pixels(String window) throws Exception {
        Process process = new ProcessBuilder("/usr/bin/import", "-window", window, "-format", "%#", "info:")
                .redirectErrorStream(true).start();
        String digest = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return digest;
    }

    private void replayDay() throws Exception {
        replay("example.trace", "T08:00");
        replay("answers.trace", "T10:00");
    }

    private static String awaitWindow() {
        await("the history window").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> !Desktop.visibleWindow(HistoryWindow.WINDOW_TITLE).isEmpty());
        return Desktop.visibleWindow(HistoryWindow.WINDOW_TITLE);
    }

    private void replay(String trace, String startingAt) throws Exception {
        try (AgentProcess replay = AgentProcess.start(data, "simulate", SampleTraces.named(trace).toString(),
                "--record-into", data.toString(), "--starting", LocalDate.now() + startingAt)) {
            assertThat(replay.awaitExit(Duration.ofSeconds(60))).isZero();
        }
    }
}
