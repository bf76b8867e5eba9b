package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.routine.RoutineFile;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;

/** {@code unhunch demo}: the card at once, the routine on Start, and nothing written. */
@Tag("desktop")
class DemoIT {

    @TempDir
    Path data;

    /** In each look, so the screenshots show the card and the routine light and dark. */
    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void the_demo_shows_the_card_then_the_routine_and_writes_nothing(String theme) throws Exception {
        Desktop.require();
        AgentProcess.runToEnd(data, "settings", "set", "snooze", "15m");
        Map<Path, String> before = files();
        String suffix = theme.equals("light") ? "" : "-" + theme;

        try (AgentProcess demo = AgentProcess.start(data, List.of("-Dunhunch.theme=" + theme), "demo",
                "--time-scale", "20")) {
            String card = Desktop.awaitWindow(PromptCard.WINDOW_TITLE);
            Desktop.awaitDrawn(card);
            Desktop.screenshot("demo-card" + suffix);
            CardClicks.start(card);

            String routine = Desktop.awaitWindow(RoutineWords.windowTitle(RoutineFile.bundled().get(0)));
            Desktop.awaitDrawn(routine);
            Desktop.screenshot("demo-routine" + suffix);
            assertThat(demo.isAlive()).as("the demo runs while the routine window is open").isTrue();
            Desktop.xdotool("windowactivate", "--sync", routine);
            Desktop.xdotool("key", "alt+F4");

            assertThat(demo.awaitExit(Duration.ofSeconds(20))).as("the demo ends with its window").isZero();
        }
        assertThat(files()).as("no break log, no setting changed").isEqualTo(before);
    }

    @Test
    void closing_the_card_through_the_window_manager_is_not_now_and_ends_the_demo() throws Exception {
        Desktop.require();
        try (AgentProcess demo = AgentProcess.start(data, "demo")) {
            String card = Desktop.awaitWindow(PromptCard.WINDOW_TITLE);
            Desktop.awaitDrawn(card);
            java.awt.Rectangle bounds = Desktop.geometry(card);
            Desktop.xdotool("mousemove", Integer.toString(bounds.x + PromptCard.PADDING + 10),
                    Integer.toString(bounds.y + PromptCard.PADDING + 10), "click", "1");
            Desktop.xdotool("windowactivate", "--sync", card);
            Desktop.xdotool("key", "alt+F4");

            assertThat(demo.awaitExit(Duration.ofSeconds(20))).as("the demo ends, never waits on a card gone").isZero();
        }
    }

    /** Every file under the data folder, with its content. */
    private Map<Path, String> files() throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                files.put(data.relativize(file), new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
