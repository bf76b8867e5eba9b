package org.unhunch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A private system bus with python3-dbusmock's logind, and a private session bus with
 * {@code org.gnome.ScreenSaver} and {@code org.freedesktop.ScreenSaver} mocks (and, on command,
 * others such as GNOME's idle monitor): {@code mock_buses.py}
 * beside this class, run as a child process and driven through its input. Never the machine's own
 * buses. Without python3-dbusmock or dbus-daemon the calling test is skipped, saying why (it fails
 * where {@code UNHUNCH_REQUIRE_DESKTOP} is set, as in CI).
 */
public final class MockBuses implements AutoCloseable {

    /** Python interpreters to try: Debian's own first, where apt-get puts python3-dbusmock. */
    private static final List<String> PYTHONS = List.of("/usr/bin/python3", "python3");

    private final Process process;
    private final Writer in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer err = new StringBuffer();
    private final Map<String, String> addresses = new HashMap<>();

    private MockBuses(Process process) {
        this.process = process;
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        pump(process.getInputStream(), lines::add);
        pump(process.getErrorStream(), line -> err.append(line).append('\n'));
    }

    /** Starts both buses and their mocks, or skips the calling test if the machine cannot. */
    public static MockBuses start() throws IOException, InterruptedException {
        String python = PYTHONS.stream().filter(MockBuses::hasDbusmock).findFirst().orElse(null);
        Desktop.check(python != null, "python3-dbusmock is not installed (apt-get install python3-dbusmock)");
        Desktop.check(Desktop.onPath("dbus-daemon"), "dbus-daemon is not installed (apt-get install dbus)");
        MockBuses buses = new MockBuses(new ProcessBuilder(python, script().toString()).start());
        for (String kind : List.of("system", "session")) {
            String line = buses.nextLine();
            assertThat(line).as("mock_buses.py names the %s bus", kind).startsWith(kind + " ");
            buses.addresses.put(kind, line.substring(kind.length() + 1));
        }
        assertThat(buses.nextLine()).as("mock_buses.py is ready").isEqualTo("ready");
        return buses;
    }

    /**
     * The environment a source reads: both private buses and, if not null, {@code XDG_SESSION_ID}.
     * Nothing else, so the machine's own buses are never found.
     */
    public Map<String, String> env(String sessionId) {
        Map<String, String> env = new HashMap<>();
        env.put("DBUS_SYSTEM_BUS_ADDRESS", addresses.get("system"));
        env.put("DBUS_SESSION_BUS_ADDRESS", addresses.get("session"));
        if (sessionId != null) {
            env.put("XDG_SESSION_ID", sessionId);
        }
        return env;
    }

    /** Runs one of mock_buses.py's commands (see the script) and waits until the mock has done it. */
    public void send(String command) throws IOException, InterruptedException {
        assertThat(ask(command)).as("mock_buses.py: %s answers no more than ok", command).isEmpty();
    }

    /** Runs one of mock_buses.py's commands that answers something, and returns what it answered. */
    public String ask(String command) throws IOException, InterruptedException {
        in.write(command + "\n");
        in.flush();
        String line = nextLine();
        assertThat(line).as("mock_buses.py: %s", command).matches("ok( .*)?");
        return line.length() > 2 ? line.substring(3) : "";
    }

    private String nextLine() throws InterruptedException {
        String line = lines.poll(60, TimeUnit.SECONDS);
        assertThat(line).as("a line from mock_buses.py within a minute; it said on standard error:%n%s", err)
                .isNotNull();
        return line;
    }

    /** Ends its input: it stops the mocks and both buses; what is left after 20 s is killed. */
    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // Already gone.
        }
        try {
            if (process.waitFor(20, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static Path script() {
        try {
            return Path.of(MockBuses.class.getResource("mock_buses.py").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasDbusmock(String python) {
        try {
            Process check = new ProcessBuilder(python, "-c", "import dbusmock").redirectErrorStream(true).start();
            check.getInputStream().readAllBytes();
            return check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pump(java.io.InputStream stream, java.util.function.Consumer<String> sink) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                reader.lines().forEach(sink);
            } catch (IOException | UncheckedIOException e) {
                // The process ended.
            }
        }, "mock-buses-output");
        thread.setDaemon(true);
        thread.start();
    }
}
