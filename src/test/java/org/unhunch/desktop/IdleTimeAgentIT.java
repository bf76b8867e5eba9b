package org.unhunch.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;
import org.unhunch.testing.XServer;

/**
 * The agent with {@code activity.source=idle-time} on an X server of its own, input synthesized
 * with xdotool: everything the model needs comes from the X server's idle time, and the input
 * hook's native library is never loaded. The agent runs 30 times faster than real time.
 */
@Tag("desktop")
class IdleTimeAgentIT {

    private static final int SCALE = 30;
    private static final double PAUSE_S = 30;

    @TempDir
    Path data;

    @Test
    void a_session_starts_the_break_falls_due_the_prompt_waits_for_a_pause_and_leaving_is_a_natural_break()
            throws Exception {
        Desktop.require();
        AgentProcess.runToEnd(data, "settings", "set", "activity.source", "idle-time");
        try (XServer x = XServer.bare(800, 600);
             AgentProcess agent = AgentProcess.startWith(data, x.display(), "run", "--headless",
                     "--time-scale", Integer.toString(SCALE), "--set", "sit.limit=10m", "--set", "break.gap=2m",
                     "--set", "prompt.pause=30s", "--set", "prompt.maxWait=10m", "--set", "prompt.timeout=30s")) {
            await("the source said").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> agent.err().contains("Activity: the system's idle time"));
            assertThat(agent.err()).contains("the X server's idle time").contains("activity.source is idle-time");

            x.exitStatus("xdotool", "mousemove", "200", "200");
            JsonNode started = agent.awaitEvent("sitting_started", Duration.ofSeconds(10));
            JsonNode due = typeUntil(x, agent, "break_due", Duration.ofSeconds(40));
            // Typing goes on for 3 s (90 s of agent time) after the break fell due: no prompt lands on it.
            typeFor(x, 10);
            assertThat(agent.out()).noneMatch(line -> line.contains("prompt_shown"));
            JsonNode shown = agent.awaitEvent("prompt_shown", Duration.ofSeconds(10));
            JsonNode ended = agent.awaitEvent("sitting_ended", Duration.ofSeconds(20));

            assertThat(due.get("sitting_s").asDouble()).isCloseTo(600, within(0.01));
            assertThat(shown.get("t").asDouble()).as("after the typing that followed the due time")
                    .isGreaterThan(due.get("t").asDouble() + 60);
            assertThat(ended.get("reason").asText()).isEqualTo("idle");
            assertThat(ended.get("ended_at").asDouble()).as("the last key press: a prompt.pause before the prompt")
                    .isCloseTo(shown.get("t").asDouble() - PAUSE_S, within(0.01));
            assertThat(ended.get("t").asDouble()).isCloseTo(ended.get("ended_at").asDouble() + 120, within(0.01));
            assertThat(started.get("t").asDouble()).isLessThan(due.get("t").asDouble());

            assertThat(mappedLibraries(agent.pid())).as("the hook's native library is never loaded")
                    .doesNotContain("jnativehook");
            assertThat(agent.stop()).isEqualTo(0);
        }
    }

    /** Presses a key every 0.3 s (9 s of agent time, well inside the pause) until {@code event} is printed. */
    private static JsonNode typeUntil(XServer x, AgentProcess agent, String event, Duration within) throws Exception {
        long giveUp = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < giveUp) {
            typeFor(x, 3);
            if (agent.out().stream().anyMatch(line -> line.contains("\"event\":\"" + event + "\""))) {
                return agent.awaitEvent(event, Duration.ofSeconds(1));
            }
        }
        throw new AssertionError(event + " not printed within " + within);
    }

    /** {@code keys} key presses 0.3 s apart, paced by xdotool. */
    private static void typeFor(XServer x, int keys) throws Exception {
        String[] command = new String[4 + keys];
        command[0] = "xdotool";
        command[1] = "key";
        command[2] = "--delay";
        command[3] = "300";
        java.util.Arrays.fill(command, 4, command.length, "a");
        assertThat(x.exitStatus(command)).isZero();
    }

    private static String mappedLibraries(long pid) throws Exception {
        Path maps = Path.of("/proc", Long.toString(pid), "maps");
        try (Stream<String> lines = Files.lines(maps, StandardCharsets.UTF_8)) {
            return String.join("\n", lines.toList()).toLowerCase(Locale.ROOT);
        }
    }
}
