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
 * An X server without the RECORD extension (as on some remote desktops): the hook cannot start.
 * {@code auto} then reads the X server's idle time, which sees keys too; only where that is missing
 * as well does the agent poll the pointer, and say once what is lost and how to fix it.
 */
@Tag("desktop")
class PointerFallbackIT {

    @TempDir
    Path data;

    @Test
    void without_record_auto_reads_the_x_servers_idle_time_instead_of_polling_the_pointer() throws Exception {
        Desktop.require();
        try (XServer x = XServer.bare(800, 600, "-extension", "RECORD");
             AgentProcess agent = AgentProcess.startWith(data, x.display(), "run", "--headless")) {
            await("the source said").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> agent.err().contains("Activity: "));
            assertThat(agent.err()).contains("Activity: the system's idle time: the X server's idle time")
                    .contains("RECORD").doesNotContain("Keyboard activity cannot be seen");

            // Xvfb without RECORD has no XTEST either: xdotool can only warp the pointer there, and the
            // idle time counts that as input. (Keys on idle time: IdleTimeAgentIT.)
            assertThat(x.exitStatus("xdotool", "mousemove", "300", "200")).isZero();
            agent.awaitEvent("sitting_started", Duration.ofSeconds(10));
            assertThat(agent.stop()).isEqualTo(0);
        }
    }

    @Test
    void without_record_or_the_screen_saver_extension_the_pointer_is_the_last_resort() throws Exception {
        Desktop.require();
        try (XServer x = XServer.bare(800, 600, "-extension", "RECORD", "-extension", "MIT-SCREEN-SAVER")) {
            try (AgentProcess agent = AgentProcess.startWith(data, x.display(), "run", "--headless")) {
                await("the fallback message").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                        .until(() -> agent.err().contains("Keyboard activity cannot be seen"));
                assertThat(agent.err()).contains("RECORD").contains("to fix it").contains("screen-saver extension");
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
