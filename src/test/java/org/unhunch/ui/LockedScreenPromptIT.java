package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;
import org.unhunch.testing.MockBuses;

/**
 * The agent on a desktop whose login session is locked and unlocked through a mock logind on a
 * private system bus: the prompt card is never on screen while the session is locked.
 */
@Tag("desktop")
class LockedScreenPromptIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Test
    void a_lock_takes_the_card_away_and_a_break_due_while_locked_is_prompted_at_the_unlock(@TempDir Path data)
            throws Exception {
        Desktop.require();
        try (MockBuses buses = MockBuses.start()) {
            buses.send("session c1");
            // One agent minute two real seconds: due after 20 s, away after a minute without input.
            try (AgentProcess agent = AgentProcess.startWithEnvironment(data, buses.env("c1"), "run",
                    "--time-scale", "30", "--set", "sit.limit=10m", "--set", "break.gap=30m",
                    "--set", "prompt.timeout=30m", "--set", "prompt.maxWait=0s")) {
                await("the lock watched").atMost(WITHIN).pollInterval(Duration.ofMillis(50))
                        .until(() -> AgentProcess.log(data).contains("Screen lock is watched through logind's session"
                                + " lock (system bus)"));
                moveThePointer();
                agent.awaitEvent("sitting_started", WITHIN);
                agent.awaitEvent("prompt_shown", Duration.ofSeconds(40));
                Desktop.awaitWindow(PromptCard.WINDOW_TITLE);

                buses.send("locked-hint c1 true");
                awaitCardGone();
                assertThat(agent.out()).as("the prompt is still open: it was the lock").last().asString()
                        .contains("prompt_shown");
                buses.send("locked-hint c1 false");
                Desktop.awaitWindow(PromptCard.WINDOW_TITLE);

                moveThePointer();
                agent.answer("skip");
                agent.awaitEvent("break_skipped", WITHIN);
                awaitCardGone();
                buses.send("locked-hint c1 true");
                JsonNode due = agent.awaitEvent("break_due", Duration.ofSeconds(40));
                buses.send("locked-hint c1 false");
                JsonNode shown = agent.awaitEvent("prompt_shown", WITHIN);
                assertThat(shown.get("t").asDouble()).as("shown at the unlock, not when due while locked")
                        .isGreaterThan(due.get("t").asDouble());
                Desktop.awaitWindow(PromptCard.WINDOW_TITLE);
                assertThat(agent.out()).noneMatch(line -> line.contains("sitting_ended"));
                agent.stop();
            }
        }
    }

    private static void moveThePointer() {
        Desktop.xdotool("mousemove", "300", "300", "mousemove", "340", "320");
    }

    private static void awaitCardGone() {
        await("the card gone").atMost(WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> Desktop.visibleWindow(PromptCard.WINDOW_TITLE).isEmpty());
    }
}
