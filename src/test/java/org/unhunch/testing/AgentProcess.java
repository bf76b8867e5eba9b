package org.unhunch.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar target/unhunch.jar ARGS} as a child process with its own data folder: what it
 * prints is collected line by line, and a test can wait for a line or write to its input.
 */
public final class AgentProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
    private final List<String> out = java.util.Collections.synchronizedList(new ArrayList<>());
    private final StringBuffer err = new StringBuffer();
    private final Writer in;

    private AgentProcess(Process process) {
        this.process = process;
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        pump(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), true);
        pump(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), false);
    }

    public static AgentProcess start(Path dataDirectory, String... args) throws IOException {
        return startWith(dataDirectory, null, args);
    }

    /** As {@link #start}, on X display {@code display} (null: this process's own). */
    public static AgentProcess startWith(Path dataDirectory, String display, String... args) throws IOException {
        return start(dataDirectory, display, List.of(), args);
    }

    /** As {@link #start}, with options for the JVM ({@code -Djava.io.tmpdir=...}). */
    public static AgentProcess start(Path dataDirectory, List<String> jvmOptions, String... args) throws IOException {
        return start(dataDirectory, null, jvmOptions, args);
    }

    private static AgentProcess start(Path dataDirectory, String display, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> command = command(dataDirectory, args);
        command.addAll(1, jvmOptions);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("UNHUNCH_DATA_DIR", dataDirectory.toString());
        if (display != null) {
            builder.environment().put("DISPLAY", display);
        }
        return new AgentProcess(builder.start());
    }

    /**
     * As {@link #start}, with {@code environment} set over this process's own (the buses of
     * {@link MockBuses}, a login session).
     */
    public static AgentProcess startWithEnvironment(Path dataDirectory, java.util.Map<String, String> environment,
                                                    String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(dataDirectory, args));
        builder.environment().putAll(environment);
        builder.environment().put("UNHUNCH_DATA_DIR", dataDirectory.toString());
        return new AgentProcess(builder.start());
    }

    /**
     * {@code java -jar target/unhunch.jar ARGS} with preferences of its own under the data folder
     * ({@code prefs/user}, {@code prefs/system}): never the real ones of whoever runs the tests.
     */
    private static List<String> command(Path dataDirectory, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(preferenceOptions(dataDirectory.resolve("prefs")));
        if (args.length == 0 || !args[0].equals("run")) {
            command.addAll(sqliteLibraryFolderOption());
        }
        command.add("-jar");
        command.add(System.getProperty("unhunch.jar", "target/unhunch.jar"));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * For a child JVM that may open SQLite other than as an agent (an agent has a folder of its own in
     * its data folder): sqlite-jdbc's library goes where this test JVM's goes ({@code target/}), not
     * into {@code /tmp}, where a child killed by a test would leave its copy for good.
     */
    public static List<String> sqliteLibraryFolderOption() {
        String folder = System.getProperty("org.sqlite.tmpdir");
        return folder == null ? List.of() : List.of("-Dorg.sqlite.tmpdir=" + folder);
    }

    /** What the agent with this data folder has written to its log so far ("" before it starts one). */
    public static String log(Path dataDirectory) throws IOException {
        Path log = dataDirectory.resolve("logs").resolve("unhunch.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /**
     * JVM options for preferences of their own under {@code folder} ({@code user}, {@code system}).
     * The system root's {@code .systemPrefs} folder is made here: where it is missing the JDK
     * silently uses {@code $JAVA_HOME/.systemPrefs} instead.
     */
    public static List<String> preferenceOptions(Path folder) {
        try {
            Files.createDirectories(folder.resolve("system").resolve(".systemPrefs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of("-Djava.util.prefs.userRoot=" + folder.resolve("user"),
                "-Djava.util.prefs.systemRoot=" + folder.resolve("system"));
    }

    /**
     * Runs a command that ends ({@code settings set ...}, {@code policy import ...}) with the same
     * data folder and preferences as an agent started with {@code dataDirectory}; fails unless it
     * exits 0, and returns what it printed.
     */
    public static String runToEnd(Path dataDirectory, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(dataDirectory, args)).redirectErrorStream(true);
        builder.environment().put("UNHUNCH_DATA_DIR", dataDirectory.toString());
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("unhunch " + String.join(" ", args) + " failed:\n" + printed);
        }
        return printed;
    }

    private void pump(BufferedReader reader, boolean stdout) {
        Thread thread = new Thread(() -> {
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (stdout) {
                        out.add(line);
                        unread.add(line);
                    } else {
                        err.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, stdout ? "agent-stdout" : "agent-stderr");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the next JSON line whose event is {@code event}, skipping others; fails after {@code within}. */
    public JsonNode awaitEvent(String event, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            String line = unread.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no " + event + " within " + within + "; printed so far:\n"
                        + String.join("\n", out) + "\nstandard error:\n" + err);
            }
            JsonNode node = parse(line);
            if (event.equals(node.path("event").asText())) {
                return node;
            }
        }
    }

    public void answer(String word) {
        try {
            in.write(word + "\n");
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops it as a person or a service manager would (SIGTERM) and waits for it to end. Through the
     * process handle: {@code Process.destroy()} would also close our ends of its pipes, losing what it
     * prints while it stops.
     */
    public int stop() throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the agent did not stop within 20 s of SIGTERM; standard error:\n" + err);
        }
        return process.exitValue();
    }

    public int awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + within + "; standard error:\n" + err);
        }
        return process.exitValue();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public List<String> out() {
        synchronized (out) {
            return List.copyOf(out);
        }
    }

    public String err() {
        return err.toString();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
