package org.unhunch.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An X server of a test's own (Xvfb with RECORD), for layouts the shared desktop does not have:
 * two monitors, or no tray host. Programs run on it with {@link #run}; everything it started
 * stops on {@link #close}.
 */
public final class XServer implements AutoCloseable {

    private final String display;
    private final List<Process> processes = new ArrayList<>();

    private XServer(String display) {
        this.display = display;
    }

    /** Starts Xvfb on {@code display} with a screen of {@code width} x {@code height}, then openbox. */
    public static XServer start(String display, int width, int height) throws IOException {
        XServer server = new XServer(display);
        server.spawn("Xvfb", display, "-screen", "0", width + "x" + height + "x24", "+extension", "RECORD",
                "-nolisten", "tcp");
        await("Xvfb " + display).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> server.exitStatus("xdpyinfo") == 0);
        server.spawn("openbox");
        return server;
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

    private int exitStatus(String... command) throws IOException, InterruptedException {
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
