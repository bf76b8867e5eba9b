package org.unhunch.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;

/**
 * An X server without the RECORD extension (as on some remote desktops): the hook cannot start,
 * the agent says once what is lost and how to fix it, and still sees the pointer.
 */
@Tag("desktop")
class PointerFallbackIT {

    private static final String DISPLAY = ":91";

    @TempDir
    Path data;

    @Test
    void without_record_the_agent_falls_back_to_pointer_polling_and_says_what_is_lost() throws Exception {
        Desktop.require();
        Process xvfb = new ProcessBuilder("Xvfb", DISPLAY, "-screen", "0", "800x600x24", "-extension", "RECORD",
                "-nolisten", "tcp").redirectErrorStream(true).start();
        try {
            await("Xvfb " + DISPLAY).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> xdotool("getmouselocation") == 0);
            try (AgentProcess agent = AgentProcess.startWith(data, DISPLAY, "run", "--headless")) {
                await("the fallback message").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                        .until(() -> agent.err().contains("Keyboard activity cannot be seen"));
                assertThat(agent.err()).contains("RECORD").contains("to fix it");
                await("pointer activity seen by polling").atMost(Duration.ofSeconds(20))
                        .pollInterval(Duration.ofMillis(300))
                        .until(() -> {
                            xdotool("mousemove", Integer.toString(100 + (int) (System.nanoTime() / 1_000_000 % 300)), "200");
                            return agent.out().stream().anyMatch(line -> line.contains("sitting_started"));
                        });
                agent.stop();
                assertThat(agent.err().split("Keyboard activity cannot be seen", -1)).as("said once").hasSize(2);
            }
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int xdotool(String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(concat(args)).redirectErrorStream(true);
        builder.environment().put("DISPLAY", DISPLAY);
        Process process = builder.start();
        process.getInputStream().readAllBytes();
        return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    private static List<String> concat(String... args) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("xdotool"), java.util.Arrays.stream(args)).toList();
    }
}
