package org.unhunch.desktop;

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
 * An X server without the RECORD extension (as on some remote desktops): the hook cannot start,
 * the agent says once what is lost and how to fix it, and still sees the pointer.
 */
@Tag("desktop")
class PointerFallbackIT {

    @TempDir
    Path data;

    @Test
    void without_record_the_agent_falls_back_to_pointer_polling_and_says_what_is_lost() throws Exception {
        Desktop.require();
        try (XServer x = XServer.bare(800, 600, "-extension", "RECORD")) {
            try (AgentProcess agent = AgentProcess.startWith(data, x.display(), "run", "--headless")) {
                await("the fallback message").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                        .until(() -> agent.err().contains("Keyboard activity cannot be seen"));
                assertThat(agent.err()).contains("RECORD").contains("to fix it");
                await("pointer activity seen by polling").atMost(Duration.ofSeconds(20))
                        .pollInterval(Duration.ofMillis(300))
                        .until(() -> {
                            x.exitStatus("xdotool", "mousemove",
                                    Integer.toString(100 + (int) (System.nanoTime() / 1_000_000 % 300)), "200");
                            return agent.out().stream().anyMatch(line -> line.contains("sitting_started"));
                        });
                agent.stop();
                assertThat(agent.err().split("Keyboard activity cannot be seen", -1)).as("said once").hasSize(2);
            }
        }
    }
}
