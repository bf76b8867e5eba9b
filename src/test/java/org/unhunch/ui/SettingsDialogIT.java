package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;
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

            Rectangle icon = Desktop.geometry(Desktop.awaitWindow("JavaEmbeddedFrame"));
            Desktop.xdotool("mousemove", Integer.toString(icon.x + icon.width / 2),
                    Integer.toString(icon.y + icon.height / 2), "click", "3");
            Rectangle menu = Desktop.geometry(Desktop.awaitWindow("sun-awt-X11-XPopupMenuPeer"));
            int settingsY = lastGroupItemCentre(menu, 1, 4);
            Desktop.xdotool("mousemove", Integer.toString(menu.x + 30), Integer.toString(settingsY), "click", "1");

            String dialog = Desktop.awaitWindow(SettingsDialog.WINDOW_TITLE);
            Desktop.xdotool("windowactivate", "--sync", dialog);
            Desktop.screenshot("settings-dialog");
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

    /**
     * The centre of item {@code item} (from 0) of the last of {@code items} items of an AWT popup
     * menu, below its last separator. The separator is found in the menu's pixels: the first row,
     * from the bottom, whose colour near the right edge differs from the menu's background.
     */
    private static int lastGroupItemCentre(Rectangle menu, int item, int items) throws Exception {
        BufferedImage image = new Robot().createScreenCapture(menu);
        int x = image.getWidth() - 5;
        int bottom = image.getHeight() - 3;
        int background = image.getRGB(x, bottom);
        int separator = bottom;
        while (separator > 0 && image.getRGB(x, separator) == background) {
            separator--;
        }
        assertThat(separator).as("a separator row in the tray menu").isGreaterThan(image.getHeight() / 3);
        int top = separator + 3;
        return menu.y + top + (bottom - top) * (2 * item + 1) / (2 * items);
    }
}
