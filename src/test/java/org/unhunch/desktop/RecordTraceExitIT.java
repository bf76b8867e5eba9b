package org.unhunch.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;
import org.unhunch.testing.PosixModes;

/** {@code record-trace}'s exit statuses are the ones its help gives; its trace is created 600. */
@Tag("desktop")
class RecordTraceExitIT {

    @TempDir
    Path data;

    @BeforeEach
    void requireDesktop() {
        Desktop.require();
    }

    @Test
    void a_file_that_cannot_be_written_is_one_line_and_exit_one() throws Exception {
        try (AgentProcess recorder = AgentProcess.start(data, "record-trace", "/dev/full")) {
            assertThat(recorder.awaitExit(Duration.ofSeconds(20))).as(recorder.err()).isEqualTo(1);
            assertThat(recorder.err()).isEqualTo("unhunch record-trace: /dev/full: cannot be written (No space left"
                    + " on device)\n");
        }
    }

    @Test
    void stopped_with_sigterm_it_ends_the_trace_and_exits_zero() throws Exception {
        Path trace = data.resolve("day.trace");
        try (AgentProcess recorder = AgentProcess.start(data, "record-trace", trace.toString())) {
            await("recording").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> recorder.err().contains("recording to"));
            Desktop.xdotool("mousemove", "200", "200", "mousemove", "250", "260");
            assertThat(recorder.stop()).as(recorder.err()).isZero();
            List<String> lines = Files.readAllLines(trace, StandardCharsets.UTF_8);
            assertThat(lines.get(lines.size() - 1)).endsWith(" tick");
            assertThat(PosixModes.mode(trace)).as("the person's activity, theirs alone").isEqualTo(0600);
        }
    }

    @Test
    void with_the_idle_time_as_its_source_it_writes_input_and_says_so_in_the_header() throws Exception {
        AgentProcess.runToEnd(data, "settings", "set", "activity.source", "idle-time");
        Path trace = data.resolve("idle.trace");
        try (AgentProcess recorder = AgentProcess.start(data, "record-trace", trace.toString())) {
            await("recording").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> recorder.err().contains("recording to"));
            Desktop.xdotool("mousemove", "200", "200", "mousemove", "250", "260");
            await("the input read").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> Files.readString(trace, StandardCharsets.UTF_8).contains(" input\n"));
            assertThat(recorder.stop()).as(recorder.err()).isZero();
            String written = Files.readString(trace, StandardCharsets.UTF_8);
            assertThat(written).contains("; activity: the system's idle time: the X server")
                    .doesNotContain(" pointer\n").doesNotContain(" key\n");
        }
    }
}
