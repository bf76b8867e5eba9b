package org.unhunch.presence;

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
 * The packaged agent with a video holding the screen awake through a mock {@code org.gnome.SessionManager}
 * on a private session bus: a 20-minute quiet spell while inhibited does not end the session (the break
 * falls due at its end); once the inhibitor is let go, {@code break.gap} of quiet does.
 */
@Tag("desktop")
class IdleInhibitorQuietSpellIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    /** One agent minute is one real second. */
    private static final String TIME_SCALE = "60";

    @Test
    void a_twenty_minute_quiet_spell_while_a_player_inhibits_idle_keeps_the_session(@TempDir Path data)
            throws Exception {
        Desktop.require();
        try (MockBuses buses = MockBuses.start()) {
            buses.send("session c1");
            buses.send("inhibited-actions 0");
            try (AgentProcess agent = AgentProcess.startWithEnvironment(data, buses.env("c1"), "run",
                    "--time-scale", TIME_SCALE, "--set", "sit.limit=20m", "--set", "break.gap=5m",
                    "--set", "prompt.timeout=30m")) {
                await("engagement watched").atMost(WITHIN).pollInterval(Duration.ofMillis(50))
                        .until(() -> AgentProcess.log(data).contains("Engagement is watched through"
                                + " org.gnome.SessionManager's idle inhibitor (session bus)"));
                Desktop.xdotool("mousemove", "300", "300", "mousemove", "340", "320");
                JsonNode started = agent.awaitEvent("sitting_started", WITHIN);
                buses.send("inhibited-actions 8");

                // The break falls due after twenty agent minutes of no input at all (four times break.gap):
                // the session was still open.
                JsonNode due = agent.awaitEvent("break_due", Duration.ofSeconds(40));
                assertThat(due.get("sitting_s").asDouble()).isEqualTo(20 * 60);
                assertThat(agent.out()).as("quiet for 20 min while a player holds the screen awake")
                        .noneMatch(line -> line.contains("sitting_ended"));
                agent.answer("skip");
                agent.awaitEvent("break_skipped", WITHIN);

                buses.send("inhibited-actions 0");
                JsonNode ended = agent.awaitEvent("sitting_ended", Duration.ofSeconds(30));
                assertThat(ended.get("ended_at").asDouble()).as("the session ends where the player let go")
                        .isGreaterThan(started.get("t").asDouble() + 20 * 60);
                agent.stop();
            }
        }
    }
}
