package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;
import org.unhunch.testing.XServer;

/**
 * The agent on a desktop of its own with openbox, where a window is made full screen with wmctrl
 * as a presentation would be: a break due then is held, and prompted once the window leaves full
 * screen.
 */
@Tag("desktop")
class FullScreenPromptIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @TempDir
    Path data;

    @Test
    void a_break_due_over_a_full_screen_window_is_held_and_prompted_when_it_leaves_full_screen() throws Exception {
        Desktop.require("wmctrl", "wmctrl");
        Desktop.require("xmessage", "x11-utils");
        try (XServer x = XServer.start(1024, 768)) {
            x.openWindow("slides");
            x.run("wmctrl", "-r", "slides", "-b", "add,fullscreen");
            // One agent minute two real seconds: due after 20 s.
            try (AgentProcess agent = AgentProcess.startWith(data, x.display(), "run", "--time-scale", "30",
                    "--set", "sit.limit=10m", "--set", "break.gap=30m", "--set", "prompt.timeout=30m",
                    "--set", "prompt.maxWait=0s")) {
                await("full screen watched").atMost(WITHIN).pollInterval(Duration.ofMillis(50))
                        .until(() -> AgentProcess.log(data).contains("the active window's full-screen state (X11)"));
                x.run("xdotool", "mousemove", "300", "300", "mousemove", "340", "320");
                agent.awaitEvent("sitting_started", WITHIN);

                agent.awaitEvent("prompt_held", Duration.ofSeconds(40));
                assertThat(agent.out()).as("no prompt while the window is full screen")
                        .noneMatch(line -> line.contains("prompt_shown"));
                x.run("wmctrl", "-r", "slides", "-b", "remove,fullscreen");

                agent.awaitEvent("prompt_shown", Duration.ofSeconds(40));
                agent.stop();
            }
        }
    }
}
