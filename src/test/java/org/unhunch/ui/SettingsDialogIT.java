package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.TrayMenuOnScreen;
import org.unhunch.testing.Desktop;

/**
 * The settings dialog on a real (virtual) desktop: opened from the tray menu, with a setting the
 * organisation locked, and a change of sit.limit that the running model takes at once.
 */
@Tag("desktop")
class SettingsDialogIT {

    private static final String POLICY = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!DOCTYPE preferences SYSTEM "http://java.sun.com/dtd/preferences.dtd">
            <preferences EXTERNAL_XML_VERSION="1.0">
              <root type="system"><map/>
                <node name="org"><map/><node name="unhunch"><map/><node name="policy"><map/>
                  <node name="locked"><map><entry key="snooze" value="15m"/></map></node>
                </node></node></node>
              </root>
            </preferences>
            """;

    @TempDir
    Path data;

    @BeforeEach
    void requireDesktop() {
        Desktop.require();
    }

    private String log() throws Exception {
        return AgentProcess.log(data);
    }

    @Test
    void the_tray_opens_the_settings_and_a_new_sit_limit_reaches_the_running_model() throws Exception {
        Path policy = data.resolve("policy.xml");
        Files.writeString(policy, POLICY, StandardCharsets.UTF_8);
        AgentProcess.runToEnd(data, "policy", "import", policy.toString());
        AgentProcess.runToEnd(data, "settings", "set", "break.gap", "30m");

        try (AgentProcess agent = AgentProcess.start(data, "run", "--time-scale", "60")) {
            await("tray icon").atMost(Duration.ofSeconds(20)).until(() -> log().contains("Tray icon added"));
            Desktop.xdotool("mousemove", "400", "400", "key", "shift");
            agent.awaitEvent("sitting_started", Duration.ofSeconds(10));

            String dialog = openFromTheTray(agent);
            Desktop.screenshot("settings-dialog");
            Desktop.xdotool("key", "ctrl+Next", "ctrl+Next", "ctrl+Next", "ctrl+Next", "ctrl+Next");
            Desktop.screenshot("settings-dialog-general");
            Desktop.xdotool("key", "ctrl+Prior", "ctrl+Prior", "ctrl+Prior", "ctrl+Prior", "ctrl+Prior");
            Desktop.xdotool("key", "ctrl+a", "type", "10");
            Desktop.xdotool("key", "Return");

            double dueAfter = agent.awaitEvent("break_due", Duration.ofSeconds(30)).get("sitting_s").asDouble();
            assertThat(dueAfter).as("the new limit, 10 minutes, not the default 45").isEqualTo(600.0);
            assertThat(log()).contains("Settings changed");
            agent.stop();
        }
        assertThat(AgentProcess.runToEnd(data, "settings", "get", "sit.limit").strip()).isEqualTo("10m");
        assertThat(AgentProcess.runToEnd(data, "settings", "list"))
                .containsPattern("snooze +15m +set by your organisation \\(locked\\)");
    }

    @Test
    void a_lock_pushed_while_the_dialog_is_open_reaches_it_at_the_agents_next_read_and_is_never_saved_over()
            throws Exception {
        try (AgentProcess agent = AgentProcess.start(data, "run")) {
            await("tray icon").atMost(Duration.ofSeconds(20)).until(() -> log().contains("Tray icon added"));
            Desktop.xdotool("mousemove", "400", "400", "key", "shift");
            agent.awaitEvent("sitting_started", Duration.ofSeconds(10));
            String dialog = openFromTheTray(agent);
            Desktop.awaitDrawn(dialog);
            Desktop.screenshot("settings-dialog-before-the-lock");

            importPolicy(locked("snooze", "15m"));
            BufferedImage stale = capture(dialog);
            long readsBefore = settingsReads();
            // Any answer wakes the agent, which reads the settings then; at the latest it does so every four minutes.
            agent.answer("resume");
            await("the agent's next read").atMost(Duration.ofSeconds(20)).until(() -> settingsReads() > readsBefore);
            // More than a blinking caret: the control greyed, its value and "Set by your organisation" beside it.
            await("the open dialog redrawn with the lock").atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(200)).until(() -> pixelsChanged(stale, capture(dialog)) > 200);
            Desktop.screenshot("settings-dialog-locked-while-open");

            // A lock the agent has not read yet: the dialog still offers break.gap, next after sit.limit.
            importPolicy(locked("snooze", "15m") + locked("break.gap", "10m"));
            Desktop.xdotool("windowactivate", "--sync", dialog);
            Desktop.xdotool("key", "Tab", "ctrl+a", "type", "7");
            Desktop.xdotool("key", "Tab");
            await("the dialog's refusal").atMost(Duration.ofSeconds(15))
                    .until(() -> log().contains("break.gap=7m: set by your organisation (10m)"));
            Desktop.screenshot("settings-dialog-stale-value-refused");
            Desktop.xdotool("key", "ctrl+a", "type", "40");
            Desktop.xdotool("key", "Tab");
            await("engaged.limit, next to it, saved").atMost(Duration.ofSeconds(30))
                    .until(() -> AgentProcess.runToEnd(data, "settings", "get", "engaged.limit").strip().equals("40m"));
            agent.stop();
        }
        assertThat(AgentProcess.runToEnd(data, "settings", "list"))
                .containsPattern("snooze +15m +set by your organisation \\(locked\\)")
                .containsPattern("break\\.gap +10m +set by your organisation \\(locked\\)")
                .containsPattern("engaged\\.limit +40m +your setting");

        importPolicy("");
        assertThat(AgentProcess.runToEnd(data, "settings", "list")).as("the lock lifted: nothing of the person's own")
                .containsPattern("snooze +10m +built-in default").containsPattern("break\\.gap +5m +built-in default");
    }

    @Test
    void a_set_value_is_said_beside_the_stored_one_every_tab_is_seen_and_escape_or_ctrl_w_close_the_dialog()
            throws Exception {
        // A login folder of the test's own, empty: nothing starts at login, so the box shows unticked.
        Map<String, String> environment = Map.of("XDG_CONFIG_HOME", data.resolve("config").toString(),
                "XDG_CONFIG_DIRS", data.resolve("no-system-config").toString());
        try (AgentProcess agent = AgentProcess.startWithEnvironment(data, environment, "run", "--set",
                "sit.limit=30m")) {
            await("tray icon").atMost(Duration.ofSeconds(20)).until(() -> log().contains("Tray icon added"));
            Desktop.xdotool("mousemove", "400", "400", "key", "shift");
            agent.awaitEvent("sitting_started", Duration.ofSeconds(10));

            String dialog = openFromTheTray(agent);
            Desktop.awaitDrawn(dialog);
            // The dialog opens on sit.limit.
            pressAndAwaitRedrawn(dialog, "key", "ctrl+a", "type", "5");
            Desktop.screenshot("settings-dialog-out-of-range");
            Desktop.xdotool("key", "Escape");
            assertThat(Desktop.visibleWindow(SettingsDialog.WINDOW_TITLE)).as("the first Escape undoes the typing")
                    .isNotEmpty();
            screenshotEveryTab(dialog, "");
            Desktop.xdotool("key", "Escape");
            awaitClosed("Escape");
            assertThat(AgentProcess.runToEnd(data, "settings", "get", "sit.limit").strip()).as("5 was never saved")
                    .isEqualTo("45m");

            openFromTheTray(agent);
            Desktop.xdotool("key", "ctrl+w");
            awaitClosed("Ctrl+W");
            assertThat(agent.isAlive()).as("closing the dialog leaves the agent running").isTrue();

            long readsBefore = settingsReads();
            AgentProcess.runToEnd(data, "settings", "set", "theme", "dark");
            agent.answer("resume");
            await("the agent's next read").atMost(Duration.ofSeconds(20)).until(() -> settingsReads() > readsBefore);
            dialog = openFromTheTray(agent);
            Desktop.awaitDrawn(dialog);
            screenshotEveryTab(dialog, "-dark");
            agent.stop();
        }
        assertThat(data.resolve("config/autostart/unhunch.desktop")).as("a jar run by hand adds nothing to login")
                .doesNotExist();
    }

    /** A screenshot of each tab, from the one shown; the dialog is back on that tab after. */
    private static void screenshotEveryTab(String dialog, String suffix) throws Exception {
        for (String tab : SettingsDialog.SECTION_TITLES) {
            Desktop.screenshot("settings-tab-" + tab + suffix);
            pressAndAwaitRedrawn(dialog, "key", "ctrl+Next");
        }
    }

    /** Runs xdotool with {@code keys} and waits until the dialog looks different. */
    private static void pressAndAwaitRedrawn(String dialog, String... keys) throws Exception {
        BufferedImage before = capture(dialog);
        Desktop.xdotool(keys);
        await("the dialog redrawn").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> pixelsChanged(before, capture(dialog)) > 50);
    }

    private static void awaitClosed(String key) {
        await("the dialog closed by " + key).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> Desktop.visibleWindow(SettingsDialog.WINDOW_TITLE).isEmpty());
    }

    /** Opens the settings from the tray menu; returns the dialog's window, active. */
    private static String openFromTheTray(AgentProcess agent) throws Exception {
        TrayMenuOnScreen.open(agent.pid()).click(2, 1, 4);

        String dialog = Desktop.awaitWindow(SettingsDialog.WINDOW_TITLE);
        Desktop.xdotool("windowactivate", "--sync", dialog);
        return dialog;
    }

    private static String locked(String key, String value) {
        return "<entry key=\"" + key + "\" value=\"" + value + "\"/>";
    }

    /** {@code policy import} of a policy whose locked node holds {@code entries}, as IT pushes it. */
    private void importPolicy(String entries) throws Exception {
        Path policy = Files.writeString(data.resolve("policy.xml"), POLICY.replaceFirst(
                "<map><entry key=\"snooze\" value=\"15m\"/></map>", "<map>" + entries + "</map>"),
                StandardCharsets.UTF_8);
        AgentProcess.runToEnd(data, "policy", "import", policy.toString());
    }

    /** How many times the agent has found changed settings at a read, by its log. */
    private long settingsReads() throws Exception {
        return log().lines().filter(line -> line.contains("Settings changed")).count();
    }

    private static BufferedImage capture(String window) throws Exception {
        return new Robot().createScreenCapture(Desktop.geometry(window));
    }

    private static int pixelsChanged(BufferedImage before, BufferedImage after) {
        if (before.getWidth() != after.getWidth() || before.getHeight() != after.getHeight()) {
            return Integer.MAX_VALUE;
        }
        int changed = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                if (before.getRGB(x, y) != after.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        return changed;
    }
}
