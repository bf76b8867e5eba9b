package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.routine.RoutineFile;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;
import org.unhunch.testing.TrayMenuOnScreen;

/**
 * The agent with its tray, prompt card and routine window on a real (virtual) desktop with a
 * tray host, driven by xdotool. Screenshots go to target/screenshots/.
 */
@Tag("desktop")
class DesktopAgentIT {

    private static final String NOTES = "Notes - someone typing";

    @TempDir
    Path data;

    private JFrame notes;
    private final AtomicReference<JTextArea> typedInto = new AtomicReference<>();

    @BeforeEach
    void requireDesktop() {
        Desktop.require();
    }

    @AfterEach
    void closeNotes() throws Exception {
        if (notes != null) {
            SwingUtilities.invokeAndWait(notes::dispose);
        }
    }

    private String log() throws Exception {
        return AgentProcess.log(data);
    }

    private void awaitLog(String text, Duration within) {
        await(text).atMost(within).pollInterval(Duration.ofMillis(50)).until(() -> log().contains(text));
    }

    /** A window of another program, focused, that the person is typing in. */
    private void openNotes() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            notes = new JFrame(NOTES);
            JTextArea area = new JTextArea(10, 40);
            typedInto.set(area);
            notes.add(area);
            notes.setBounds(80, 120, 500, 300);
            notes.setVisible(true);
        });
        String window = Desktop.awaitWindow(NOTES);
        Desktop.xdotool("windowactivate", "--sync", window);
        Desktop.xdotool("mousemove", "300", "250", "click", "1");
    }

    private String typed() throws Exception {
        AtomicReference<String> text = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> text.set(typedInto.get().getText()));
        return text.get();
    }

    @Test
    void the_prompt_card_never_takes_the_keyboard_and_skip_midway_through_the_routine_is_partial() throws Exception {
        try (AgentProcess agent = AgentProcess.start(data, "run", "--time-scale", "60", "--set", "sit.limit=10m",
                "--set", "break.gap=30m", "--set", "prompt.timeout=30m")) {
            awaitLog("Watching activity", Duration.ofSeconds(20));
            openNotes();
            Desktop.xdotool("type", "--delay", "30", "before ");
            agent.awaitEvent("sitting_started", Duration.ofSeconds(10));
            agent.awaitEvent("prompt_shown", Duration.ofSeconds(20));
            String card = Desktop.awaitWindow(PromptCard.WINDOW_TITLE);

            Desktop.xdotool("type", "--delay", "30", "while the card is up");
            await("typing lands in the notes").atMost(Duration.ofSeconds(10))
                    .until(() -> typed().contains("before while the card is up"));
            assertThat(Desktop.xdotoolOutput("getactivewindow", "getwindowname")).isEqualTo(NOTES);
            Desktop.screenshot("prompt-card");

            CardClicks.start(card);
            agent.awaitEvent("routine_started", Duration.ofSeconds(10));
            String routine = Desktop.awaitWindow(RoutineWords.windowTitle(RoutineFile.bundled().get(0)));
            awaitLog("Routine step 2 of 6", Duration.ofSeconds(10));
            Desktop.xdotool("windowactivate", "--sync", routine);
            Desktop.xdotool("key", "alt+s");
            assertThat(agent.awaitEvent("break_partial", Duration.ofSeconds(10)).get("duration_s").asDouble())
                    .isGreaterThan(0);
            await("routine window closed").atMost(Duration.ofSeconds(10))
                    .until(() -> Desktop.visibleWindow(RoutineWords.windowTitle(RoutineFile.bundled().get(0))).isEmpty());
            agent.stop();
        }
    }

    /** Opens the routine from the tray menu's first item, with a screenshot of the menu named {@code menuShot}. */
    private String openRoutineFromTheTray(AgentProcess agent, String menuShot) throws Exception {
        awaitLog("Tray icon added", Duration.ofSeconds(20));
        TrayMenuOnScreen menu = TrayMenuOnScreen.open(agent.pid());
        if (menuShot != null) {
            Desktop.screenshot(menuShot);
        }
        menu.click(0, 0, 1);
        await("the menu closed by the choice").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> !TrayMenuOnScreen.isOpen(agent.pid()));
        agent.awaitEvent("routine_started", Duration.ofSeconds(10));
        return Desktop.awaitWindow(RoutineWords.windowTitle(RoutineFile.bundled().get(0)));
    }

    /**
     * The routine window's top band: the step's number, name and words, which change with the step
     * and with nothing else (the figure, the pacer and the time left are below it). The agent logs a
     * step before a busy X server has it on screen, and a screenshot taken at once can show half of
     * the step before: this waits until the band differs from the last step's and two captures of it
     * agree.
     */
    private static final class StepBand {

        /** From the window's top to under the step's three lines of words. */
        private static final int HEIGHT = 135;
        private final String window;
        private int[] lastStep;

        StepBand(String window) {
            this.window = window;
        }

        void screenshotOnceDrawn(String name) {
            Rectangle frame = Desktop.geometry(window);
            Rectangle band = new Rectangle(frame.x, frame.y, frame.width, Math.min(HEIGHT, frame.height));
            AtomicReference<int[]> seen = new AtomicReference<>();
            await("the X server draws " + name).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        int[] now = pixels(band);
                        return Arrays.equals(now, seen.getAndSet(now)) && !Arrays.equals(now, lastStep);
                    });
            lastStep = seen.get();
            Desktop.screenshot(name);
        }

        private static int[] pixels(Rectangle band) throws AWTException {
            BufferedImage image = new Robot().createScreenCapture(band);
            return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        }
    }

    private long count(String text) throws Exception {
        return log().lines().filter(line -> line.contains(text)).count();
    }

    @Test
    void the_tray_menu_starts_the_routine_which_runs_step_by_step_to_done() throws Exception {
        try (AgentProcess agent = AgentProcess.start(data, "run", "--time-scale", "10")) {
            String routine = openRoutineFromTheTray(agent, "tray-menu");
            StepBand band = new StepBand(routine);
            for (int step = 1; step <= 6; step++) {
                awaitLog("Routine step " + step + " of 6", Duration.ofSeconds(30));
                band.screenshotOnceDrawn("routine-step-" + step);
                if (step == 2) {
                    the_figure_stops_moving_while_the_window_is_minimised(routine);
                }
            }
            assertThat(agent.awaitEvent("break_done", Duration.ofSeconds(30)).get("duration_s").asDouble())
                    .as("the whole routine, 270 s of routine time").isGreaterThanOrEqualTo(270.0);
            awaitLog("Routine finished", Duration.ofSeconds(5));
            awaitLog("Routine window redraws: stopped", Duration.ofSeconds(5));
            Desktop.screenshot("routine-done");
            agent.stop();
        }
    }

    @Test
    void the_tray_menu_closes_on_a_click_elsewhere_or_on_the_icon_and_takes_nothing_it_was_not_asked() throws Exception {
        try (AgentProcess agent = AgentProcess.start(data, "run")) {
            awaitLog("Tray icon added", Duration.ofSeconds(20));
            TrayMenuOnScreen.open(agent.pid());
            Desktop.xdotool("mousemove", "300", "500", "click", "1");
            await("the menu closed by a click elsewhere").atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(100)).until(() -> !TrayMenuOnScreen.isOpen(agent.pid()));

            TrayMenuOnScreen.open(agent.pid());
            Rectangle icon = TrayMenuOnScreen.icon(agent.pid());
            Desktop.xdotool("mousemove", Integer.toString(icon.x + icon.width / 2),
                    Integer.toString(icon.y + icon.height / 2), "click", "3");
            await("the menu closed by a second click on the icon, and not opened again by its release")
                    .during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !TrayMenuOnScreen.isOpen(agent.pid()));

            TrayMenuOnScreen.open(agent.pid()).click(0, 0, 1);
            agent.awaitEvent("routine_started", Duration.ofSeconds(10));
            assertThat(agent.out()).as("the clicks that closed the menu chose nothing")
                    .filteredOn(line -> line.contains("routine_started")).hasSize(1);
            agent.stop();
        }
    }

    private void the_figure_stops_moving_while_the_window_is_minimised(String routine) throws Exception {
        assertThat(count("Routine window redraws: the figure moves")).isEqualTo(1);
        Desktop.xdotool("windowminimize", "--sync", routine);
        awaitLog("Routine window redraws: minimised", Duration.ofSeconds(10));
        Desktop.xdotool("windowactivate", "--sync", routine);
        await("the figure moves again").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> count("Routine window redraws: the figure moves") == 2);
    }

    @Test
    void in_the_dark_with_the_motion_setting_reduced_every_step_shows_its_figure_in_key_poses() throws Exception {
        AgentProcess.runToEnd(data, "settings", "set", "equipment.foamroller", "true");
        AgentProcess.runToEnd(data, "settings", "set", "motion", "reduced");
        try (AgentProcess agent = AgentProcess.start(data, List.of("-Dunhunch.theme=dark"), "run", "--time-scale", "10")) {
            StepBand band = new StepBand(openRoutineFromTheTray(agent, "tray-menu-dark"));
            for (int step = 1; step <= 7; step++) {
                awaitLog("Routine step " + step + " of 7", Duration.ofSeconds(30));
                band.screenshotOnceDrawn("routine-dark-step-" + step);
            }
            agent.awaitEvent("break_done", Duration.ofSeconds(40));
            assertThat(log()).contains("Routine window redraws: key poses only")
                    .doesNotContain("Routine window redraws: the figure moves");
            agent.stop();
        }
    }
}
