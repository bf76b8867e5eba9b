package org.unhunch.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;
import org.unhunch.testing.ReadOnlySql;

/**
 * The headless agent whose standard output cannot be written (a full disk, a reader that went
 * away): the break log still gets every event, and a stop by SIGTERM or SIGINT is a normal stop
 * (SIGHUP: {@link EndlessAnswerLineIT}).
 */
@Tag("desktop")
class ClosedOutputIT {

    private static final List<String> SNOOZED_SESSION = List.of("sitting_started", "break_due", "prompt_shown",
            "break_snoozed", "sitting_ended");

    @TempDir
    Path data;

    @BeforeEach
    void requireDesktop() {
        Desktop.require();
    }

    @ParameterizedTest(name = "standard output {0}, stopped with SIG{1}")
    @CsvSource({"on /dev/full, TERM", "a closed pipe, INT"})
    void every_event_is_recorded_and_the_stop_exits_zero(String output, String signal) throws Exception {
        Process agent = start(output);
        try (OutputStream answers = agent.getOutputStream()) {
            Signals.assumeHandled(agent, signal);
            HeadlessAgentIT.awaitHookRegistered(data);
            Desktop.xdotool("mousemove", "300", "300", "mousemove", "340", "320");
            awaitRecorded("prompt_shown");
            answers.write("snooze\n".getBytes(StandardCharsets.UTF_8));
            answers.flush();
            awaitRecorded("break_snoozed");

            Signals.send(agent, signal);
            assertThat(agent.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s").isTrue();
            String err = Files.readString(data.resolve("stderr.txt"), StandardCharsets.UTF_8);
            assertThat(agent.exitValue()).as(err).isZero();
            assertThat(recorded()).containsExactlyElementsOf(SNOOZED_SESSION);
            assertThat(err).doesNotContain("Exception", "Broken pipe", "No space left");
            String log = AgentProcess.log(data);
            assertThat(log).contains("Agent stopped after");
            assertThat(log.lines().filter(line -> line.contains("Stopped printing events on standard output")))
                    .as("said once, in one line").hasSize(1);
        } finally {
            agent.destroyForcibly();
        }
    }

    /** A two-second sitting limit; leaving the desk and an unanswered prompt take six seconds. */
    private Process start(String output) throws IOException {
        ProcessBuilder builder = JarCommand.builder(data, List.of(), "run", "--headless", "--time-scale", "300",
                "--set", "sit.limit=10m", "--set", "break.gap=30m", "--set", "prompt.maxWait=0s", "--set",
                "prompt.timeout=30m").redirectError(data.resolve("stderr.txt").toFile());
        switch (output) {
            case "on /dev/full" -> builder.redirectOutput(new File("/dev/full"));
            default -> builder.redirectOutput(ProcessBuilder.Redirect.PIPE);
        }
        Process process = builder.start();
        if (output.equals("a closed pipe")) {
            process.getInputStream().close();
        }
        return process;
    }

    private void awaitRecorded(String type) {
        await(type + " in the break log").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> recorded().contains(type));
    }

    private List<String> recorded() throws SQLException {
        // A time-scaled run keeps its breaks apart from the person's break log.
        Path file = data.resolve("time-scaled").resolve("breaks.db");
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return ReadOnlySql.texts(file, "SELECT type FROM events ORDER BY rowid");
        } catch (SQLException e) {
            if (e.getMessage().contains("no such table")) {
                return List.of();
            }
            throw e;
        }
    }
}
