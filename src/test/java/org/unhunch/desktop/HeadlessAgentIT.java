package org.unhunch.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;

/** The live headless agent on a real (virtual) X desktop, driven by input synthesized with xdotool. */
@Tag("desktop")
class HeadlessAgentIT {

    @TempDir
    Path data;

    @BeforeEach
    void requireDesktop() {
        Desktop.require();
    }

    static void awaitHookRegistered(Path data) {
        Path log = data.resolve("logs/unhunch.log");
        await("the input hook registered").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("Watching activity"));
    }

    /** xdotool pressing a key and nudging the pointer every {@code every} for {@code seconds}, in the background. */
    static Process keepTyping(int seconds, double every) throws IOException {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        for (double t = 0; t < seconds; t += every) {
            int x = 200 + (int) (t * 10) % 400;
            command.addAll(List.of("key", "shift", "mousemove", Integer.toString(x), "300", "sleep", Double.toString(every)));
        }
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void a_ten_minute_limit_at_sixty_times_speed_prompts_after_ten_seconds_and_snooze_and_idle_work() throws Exception {
        try (AgentProcess agent = AgentProcess.start(data, "run", "--headless", "--time-scale", "60",
                "--set", "sit.limit=10m", "--set", "prompt.timeout=10m")) {
            awaitHookRegistered(data);
            Process typing = keepTyping(13, 0.5);
            try {
                JsonNode started = agent.awaitEvent("sitting_started", Duration.ofSeconds(10));
                long startedAt = System.nanoTime();
                assertThat(started.get("away_s").isNull()).isTrue();

                JsonNode due = agent.awaitEvent("break_due", Duration.ofSeconds(20));
                double realSeconds = (System.nanoTime() - startedAt) / 1e9;
                assertThat(due.get("sitting_s").asDouble()).isCloseTo(600.0, within(0.001));
                assertThat(realSeconds).as("a 10m limit at 60x is about 10 s").isBetween(8.0, 13.0);

                JsonNode shown = agent.awaitEvent("prompt_shown", Duration.ofSeconds(5));
                assertThat(shown.get("t").asDouble() - due.get("t").asDouble()).isBetween(0.0, 60.0);

                agent.answer("snooze");
                JsonNode snoozed = agent.awaitEvent("break_snoozed", Duration.ofSeconds(10));
                assertThat(snoozed.get("until").asDouble() - snoozed.get("t").asDouble()).isCloseTo(600.0, within(0.001));
            } finally {
                assertThat(typing.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            JsonNode ended = agent.awaitEvent("sitting_ended", Duration.ofSeconds(15));
            assertThat(ended.get("reason").asText()).isEqualTo("idle");
            assertThat(ended.get("t").asDouble() - ended.get("ended_at").asDouble())
                    .as("the natural break is reported break.gap after the last activity").isCloseTo(300.0, within(0.001));

            assertThat(agent.stop()).isEqualTo(0);
            assertThat(agent.err()).doesNotContain("Exception");
        }
    }

    @Test
    void a_second_agent_for_the_same_user_says_the_first_runs_and_exits_zero_leaving_it_alone() throws Exception {
        try (AgentProcess first = AgentProcess.start(data, "run", "--headless")) {
            awaitHookRegistered(data);
            String lockBefore = Files.readString(data.resolve("agent.lock"));
            try (AgentProcess second = AgentProcess.start(data, "run", "--headless")) {
                assertThat(second.awaitExit(Duration.ofSeconds(20))).isZero();
                assertThat(second.err()).contains("already running").contains("(process " + first.pid() + ")");
                assertThat(second.out()).isEmpty();
            }
            assertThat(first.isAlive()).isTrue();
            assertThat(Files.readString(data.resolve("agent.lock"))).isEqualTo(lockBefore);
            Desktop.xdotool("mousemove", "10", "10", "mousemove", "400", "400");
            assertThat(first.awaitEvent("sitting_started", Duration.ofSeconds(10))).isNotNull();
            first.stop();
        }
    }
}
