package org.unhunch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;

/**
 * Finding 3: two processes on one store, as on a fresh install: the agent runs (a child JVM that
 * watches the settings as the agent does), the person runs {@code settings set} in another. The
 * value reaches the agent at its next read and is still there after the agent's JDK has synced
 * its preferences (at its exit; the periodic sync is the same call, {@code syncWorld}).
 */
class SettingsTwoProcessesIT {

    private static final String JAR = System.getProperty("unhunch.jar", "target/unhunch.jar");

    @Test
    void a_value_set_on_a_fresh_profile_while_the_agent_runs_is_applied_and_survives_the_agents_sync(
            @TempDir Path data) throws Exception {
        Process agent = new ProcessBuilder(java(data, "-Djava.util.prefs.syncInterval=3600", "-cp",
                JAR + File.pathSeparator
                        + Path.of(WatchingAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                WatchingAgent.class.getName())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BlockingQueue<String> printed = lines(agent);
            Writer input = new java.io.OutputStreamWriter(agent.getOutputStream(), StandardCharsets.UTF_8);
            assertThat(printed.poll(60, TimeUnit.SECONDS)).isEqualTo("watching 45m");

            assertThat(unhunch(data, "settings", "set", "sit.limit", "50m")).isEqualTo("saved\n");

            input.write("read\n");
            input.flush();
            assertThat(printed.poll(60, TimeUnit.SECONDS)).as("the agent's next read").isEqualTo("sit.limit=50m");
            input.close();
            assertThat(agent.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(agent.exitValue()).isZero();

            assertThat(unhunch(data, "settings", "get", "sit.limit"))
                    .as("the value after the agent's preferences sync").isEqualTo("50m\n");
        } finally {
            agent.destroyForcibly();
        }
    }

    /** {@code java} with the preferences of {@code data} and a quick start (these JVMs live for a second). */
    private static List<String> java(Path data, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(AgentProcess.preferenceOptions(data.resolve("prefs")));
        command.addAll(List.of(args));
        return command;
    }

    /** What {@code unhunch ARGS} printed; fails unless it exits 0. */
    private static String unhunch(Path data, String... args) throws Exception {
        List<String> command = java(data, "-jar", JAR);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("unhunch %s", List.of(args)).isZero();
        return printed;
    }

    private static BlockingQueue<String> lines(Process process) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                reader.lines().forEach(lines::add);
            } catch (java.io.IOException e) {
                // the process ended
            }
        }, "watching-agent-stdout");
        pump.setDaemon(true);
        pump.start();
        return lines;
    }
}
