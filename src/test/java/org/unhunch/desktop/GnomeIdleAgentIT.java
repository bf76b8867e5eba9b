package org.unhunch.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;
import org.unhunch.testing.MockBuses;

/**
 * The agent on GNOME's idle monitor (a mock on a private session bus): while nobody is at the desk
 * it leaves a user-active watch with the monitor instead of reading the idle time again and again,
 * and that watch firing starts the session.
 */
@Tag("desktop")
class GnomeIdleAgentIT {

    @TempDir
    java.nio.file.Path data;

    @Test
    void coming_back_to_the_desk_is_told_by_the_monitor_and_starts_a_session() throws Exception {
        Desktop.require();
        AgentProcess.runToEnd(data, "settings", "set", "activity.source", "idle-time");
        try (MockBuses buses = MockBuses.start()) {
            buses.send("idle-monitor present");
            buses.send("idle-quiet 600000");
            try (AgentProcess agent = AgentProcess.startWithEnvironment(data, buses.env(null), "run", "--headless")) {
                await("the source said").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                        .until(() -> agent.err().contains("Activity: "));
                assertThat(agent.err()).contains("Activity: the system's idle time: GNOME's idle monitor");
                await("a user-active watch left with the monitor").atMost(Duration.ofSeconds(10))
                        .pollInterval(Duration.ofMillis(100)).until(() -> buses.ask("idle-watches").contains(":active"));

                buses.send("idle-input");
                agent.awaitEvent("sitting_started", Duration.ofSeconds(5));

                await("the fired watch is gone, none set while sitting").atMost(Duration.ofSeconds(5))
                        .pollInterval(Duration.ofMillis(100)).until(() -> !buses.ask("idle-watches").contains(":active"));
                assertThat(agent.stop()).isEqualTo(0);
            }
        }
    }
}
