package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;
import org.unhunch.testing.XServer;

/** Desktops unlike the shared one: two monitors, and a tray host that appears late. */
@Tag("desktop")
class DesktopLayoutIT {

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
    void with_two_monitors_the_card_appears_on_the_one_the_pointer_is_on() throws Exception {
        try (XServer x = XServer.start(2560, 800)) {
            x.run("xrandr", "--setmonitor", "LEFT", "1280/338x800/211+0+0", "screen");
            x.run("xrandr", "--setmonitor", "RIGHT", "1280/338x800/211+1280+0", "none");
            assertThat(x.run("xrandr", "--listmonitors")).contains("Monitors: 2");
            try (AgentProcess agent = AgentProcess.startWith(data, x.display(), "run", "--time-scale", "60",
                    "--set", "sit.limit=10m", "--set", "break.gap=30m", "--set", "prompt.timeout=30m")) {
                await("hook registered").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                        .until(() -> log().contains("Watching activity"));
                // The left monitor: a card placed by the whole 2560 px screen would land on the right one.
                x.run("xdotool", "mousemove", "300", "300", "mousemove", "400", "400");
                agent.awaitEvent("prompt_shown", Duration.ofSeconds(20));
                await("the card").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                        .until(() -> !cardOn(x).isEmpty());
                Rectangle card = geometry(x, cardOn(x));
                assertThat(card.x + card.width).as("on the left monitor, where the pointer is").isLessThanOrEqualTo(1280);
                assertThat(card.x).isGreaterThan(1280 / 2);
                agent.stop();
            }
        }
    }

    @Test
    void without_a_tray_host_it_runs_says_so_once_and_adds_the_icon_when_one_appears() throws Exception {
        try (XServer x = XServer.start(1280, 800)) {
            try (AgentProcess agent = AgentProcess.startWith(data, x.display(), "run")) {
                await("said there is no tray").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                        .until(() -> agent.err().contains("No system tray here"));
                x.run("xdotool", "mousemove", "100", "100", "mousemove", "400", "400");
                agent.awaitEvent("sitting_started", Duration.ofSeconds(10));
                x.startTrayHost();
                await("the icon added once a tray host runs").atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(200)).until(() -> log().contains("Tray icon added"));
                assertThat(agent.err().split("No system tray here", -1)).as("said once").hasSize(2);
                agent.stop();
            }
        }
    }

    private static String cardOn(XServer x) {
        try {
            return x.run("xdotool", "search", "--onlyvisible", "--name", "^Unhunch - time for a break$")
                    .lines().findFirst().orElse("");
        } catch (AssertionError e) {
            return "";
        }
    }

    private static Rectangle geometry(XServer x, String window) {
        String shell = x.run("xdotool", "getwindowgeometry", "--shell", window);
        return new Rectangle(value(shell, "X"), value(shell, "Y"), value(shell, "WIDTH"), value(shell, "HEIGHT"));
    }

    private static int value(String shell, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + "=(-?\\d+)$").matcher(shell);
        assertThat(matcher.find()).as("%s in %s", name, shell).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
