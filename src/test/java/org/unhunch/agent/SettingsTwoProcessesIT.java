package org.unhunch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;

/**
 * Several processes on one store, through the JDK's real preference files: the agent or its
 * settings dialog (a child JVM that holds the settings as they do, {@link WatchingAgent}),
 * {@code settings set} and {@code policy import} in others, and other Java programs of the same
 * person. Every value reported saved is kept, whoever writes next, and reaches the agent at its
 * next read (issue 9 finding 3; review finding 1).
 */
class SettingsTwoProcessesIT {

    private static final String JAR = System.getProperty("unhunch.jar", "target/unhunch.jar");

    private record Result(int status, String out, String err) {
    }

    @Test
    void a_value_set_on_a_fresh_profile_while_the_agent_runs_is_applied_and_survives_the_agents_sync(
            @TempDir Path data) throws Exception {
        try (Child agent = watchingAgent(data, "-Djava.util.prefs.syncInterval=3600")) {
            assertThat(agent.next()).isEqualTo("watching 45m");

            assertThat(saved(data, "settings", "set", "sit.limit", "50m")).isEqualTo("saved\n");

            assertThat(agent.ask("read")).as("the agent's next read").isEqualTo("sit.limit=50m");
            assertThat(agent.endInput()).isZero();
        }
        assertThat(saved(data, "settings", "get", "sit.limit"))
                .as("the value after the agent's preferences sync").isEqualTo("50m\n");
    }

    @Test
    void six_settings_set_at_once_each_keep_their_value(@TempDir Path data) throws Exception {
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put("break.gap", "6m");
        wanted.put("snooze", "11m");
        wanted.put("theme", "dark");
        wanted.put("equipment.band", "true");
        wanted.put("work.start", "08:00");
        wanted.put("retention.days", "30");
        Map<String, Process> running = new LinkedHashMap<>();
        for (Map.Entry<String, String> setting : wanted.entrySet()) {
            running.put(setting.getKey(), unhunch(data, "settings", "set", setting.getKey(), setting.getValue())
                    .start());
        }
        Map<String, Result> results = new LinkedHashMap<>();
        for (Map.Entry<String, Process> process : running.entrySet()) {
            results.put(process.getKey(), result(process.getValue()));
        }

        Map<String, String> listed = listed(data);
        results.forEach((key, result) -> {
            assertThat(result.status()).as("settings set %s: %s", key, result.err()).isZero();
            assertThat(result.out()).isEqualTo("saved\n");
            assertThat(listed.get(key)).as("%s, reported saved", key).isEqualTo(wanted.get(key) + " your setting");
        });
    }

    @Test
    void a_long_running_process_that_saves_after_another_keeps_the_others_value_and_reads_it_at_once(
            @TempDir Path data) throws Exception {
        saved(data, "settings", "set", "theme", "dark");
        try (Child dialog = watchingAgent(data)) {
            assertThat(dialog.next()).isEqualTo("watching 45m");

            saved(data, "settings", "set", "sit.limit", "50m");
            assertThat(dialog.ask("set snooze 20m")).isEqualTo("saved");

            assertThat(listed(data)).containsEntry("sit.limit", "50m your setting")
                    .containsEntry("snooze", "20m your setting").containsEntry("theme", "dark your setting");
            assertThat(dialog.ask("read")).as("the other process's value, at once").isEqualTo("sit.limit=50m");
        }
    }

    @Test
    void a_value_set_and_a_policy_pushed_reach_the_agent_at_its_next_read_while_other_java_programs_sync(
            @TempDir Path data) throws Exception {
        saved(data, "settings", "set", "theme", "dark");
        Path policy = Files.writeString(data.resolve("policy.xml"), """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE preferences SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                <preferences EXTERNAL_XML_VERSION="1.0"><root type="system"><map/>
                <node name="org"><map/><node name="unhunch"><map/><node name="policy"><map/>
                <node name="defaults"><map><entry key="snooze" value="20m"/></map></node>
                </node></node></node></root></preferences>
                """, StandardCharsets.UTF_8);
        try (Child other = child(data, List.of("-cp", testClasses(), OtherPreferencesUser.class.getName()));
             Child agent = watchingAgent(data, "-Djava.util.prefs.syncInterval=1")) {
            assertThat(other.next()).isEqualTo("ready");
            assertThat(agent.next()).isEqualTo("watching 45m");
            assertThat(agent.ask("get snooze")).isEqualTo("snooze=10m");

            saved(data, "settings", "set", "sit.limit", "50m");
            assertThat(other.ask("sync")).isEqualTo("synced");
            saved(data, "policy", "import", policy.toString());
            assertThat(other.ask("sync")).isEqualTo("synced");

            assertThat(agent.ask("read")).as("the value set, at the next read").isEqualTo("sit.limit=50m");
            assertThat(agent.ask("get snooze")).as("the policy pushed, at the next read").isEqualTo("snooze=20m");
        }
    }

    /** The settings as {@code settings list} prints them: key to "value layer". */
    private static Map<String, String> listed(Path data) throws Exception {
        Map<String, String> listed = new LinkedHashMap<>();
        saved(data, "settings", "list").lines().skip(1).forEach(line -> {
            String[] columns = line.split(" +", 3);
            listed.put(columns[0], columns[1] + " " + columns[2]);
        });
        return listed;
    }

    /** A {@link WatchingAgent} on the preferences of {@code data}. */
    private static Child watchingAgent(Path data, String... jvmOptions) throws Exception {
        List<String> args = new ArrayList<>(List.of(jvmOptions));
        args.addAll(List.of("-cp", JAR + File.pathSeparator + testClasses(), WatchingAgent.class.getName()));
        return child(data, args);
    }

    private static String testClasses() throws Exception {
        return Path.of(WatchingAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static Child child(Path data, List<String> args) throws IOException {
        return new Child(new ProcessBuilder(java(data, args.toArray(String[]::new)))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start());
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

    private static ProcessBuilder unhunch(Path data, String... args) {
        List<String> command = java(data, "-jar", JAR);
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** What {@code unhunch ARGS} printed; fails unless it exits 0. */
    private static String saved(Path data, String... args) throws Exception {
        Result result = result(unhunch(data, args).start());
        assertThat(result.status()).as("unhunch %s: %s", List.of(args), result.err()).isZero();
        return result.out();
    }

    private static Result result(Process process) throws Exception {
        process.getOutputStream().close();
        byte[] err = process.getErrorStream().readAllBytes();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    /** A child JVM that answers lines on its standard input with lines on its standard output. */
    private static final class Child implements AutoCloseable {

        private final Process process;
        private final BlockingQueue<String> printed = new LinkedBlockingQueue<>();
        private final Writer input;

        Child(Process process) {
            this.process = process;
            this.input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread pump = new Thread(() -> {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    reader.lines().forEach(printed::add);
                } catch (IOException e) {
                    // the process ended
                }
            }, "child-stdout");
            pump.setDaemon(true);
            pump.start();
        }

        /** The next line it prints; fails after a minute. */
        String next() throws InterruptedException {
            String line = printed.poll(60, TimeUnit.SECONDS);
            assertThat(line).as("a line within a minute").isNotNull();
            return line;
        }

        String ask(String line) throws InterruptedException {
            try {
                input.write(line + "\n");
                input.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return next();
        }

        /** Ends its input, and so the agent, normally; returns its exit status. */
        int endInput() throws Exception {
            input.close();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return process.exitValue();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
