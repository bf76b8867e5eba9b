package org.unhunch.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * An X server of a test's own (Xvfb), for layouts the shared desktop does not have: two monitors,
 * no tray host, no RECORD extension. Xvfb picks a display nobody uses ({@code -displayfd}), so a
 * test never talks to someone else's desktop. Programs run on it with {@link #run}; everything it
 * started stops on {@link #close}.
 */
public final class XServer implements AutoCloseable {

    private final String display;
    private final List<Process> processes = new ArrayList<>();

    private XServer(String display) {
        this.display = display;
    }

    /**
     * Starts Xvfb with RECORD and a screen of {@code width} x {@code height}, then openbox, and waits
     * until openbox keeps its list of windows: a window mapped earlier in its start (even after it
     * names itself in {@code _NET_SUPPORTING_WM_CHECK}) may stay unmanaged, never made active.
     */
    public static XServer start(int width, int height) throws IOException {
        XServer server = bare(width, height, "+extension", "RECORD");
        server.spawn("openbox");
        await("openbox on " + server.display).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> server.run("xprop", "-root", "_NET_CLIENT_LIST").contains("window id"));
        return server;
    }

    /** Starts Xvfb alone, with a screen of {@code width} x {@code height} and Xvfb's {@code options}. */
    public static XServer bare(int width, int height, String... options) throws IOException {
        Path displayFile = Files.createTempFile("unhunch-xvfb", ".display");
        List<String> command = new ArrayList<>(List.of("sh", "-c", "exec Xvfb -displayfd 3 \"$@\" 3>\"$0\"",
                displayFile.toString(), "-screen", "0", width + "x" + height + "x24", "-nolisten", "tcp"));
        command.addAll(List.of(options));
        Process xvfb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            await("Xvfb's display number").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !Files.readString(displayFile).isBlank() || !xvfb.isAlive());
            assertThat(xvfb.isAlive()).as("Xvfb started").isTrue();
            XServer server = new XServer(":" + Files.readString(displayFile).strip());
            server.processes.add(xvfb);
            await("Xvfb " + server.display).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> server.exitStatus("xdpyinfo") == 0);
            return server;
        } finally {
            Files.deleteIfExists(displayFile);
        }
    }

    public String display() {
        return display;
    }

    /** Starts a program on this display in the background. */
    public void spawn(String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        processes.add(builder.start());
    }

    /**
     * Opens a window titled {@code title} (xmessage) and waits until the window manager has made it
     * the active one; its title then names it to wmctrl ({@code wmctrl -r TITLE ...}).
     */
    public void openWindow(String title) throws IOException {
        spawn("xmessage", "-title", title, "a window of a test");
        try {
            await("window " + title + " active").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                    .until(() -> exitStatus("wmctrl", "-a", title) == 0
                            && run("xprop", "-root", "_NET_ACTIVE_WINDOW").endsWith(windowId(title)));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("window " + title + " not active; the window manager lists ["
                    + run("wmctrl", "-l") + "], the root says " + run("xprop", "-root", "_NET_ACTIVE_WINDOW"), e);
        }
    }

    /** The id wmctrl lists for the window titled {@code title}, as xprop writes it ({@code 0x400030}). */
    private String windowId(String title) {
        return run("wmctrl", "-l").lines().filter(line -> line.endsWith(" " + title))
                .map(line -> "0x" + line.split("\\s+")[0].replaceFirst("^0x0*", "")).findFirst().orElse("none");
    }

    /** Starts trayer, the tray host that works here. */
    public void startTrayHost() throws IOException {
        spawn("trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "32",
                "--SetDockType", "true", "--transparent", "false", "--expand", "true");
    }

    /** Runs a program on this display, waits for it, and returns what it printed; fails if it fails. */
    public String run(String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("DISPLAY", display);
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("%s: %s", List.of(command), out).isZero();
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a program on this display and returns its exit status (-1 if it did not end in 10 s). */
    public int exitStatus(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).destroy();
            processes.get(i).waitFor(10, TimeUnit.SECONDS);
        }
    }
}
