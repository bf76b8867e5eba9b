package org.unhunch.presence;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.unhunch.presence.PresenceSource.Unavailable;

/**
 * What a short-lived tool writes on its standard output, bounded in time and size: its input is
 * closed, its errors are dropped, and it is killed when it runs too long or writes too much.
 */
final class ToolOutput {

    /** Kills the tools that run too long; one daemon thread for all of them. */
    private static final ScheduledExecutorService KILLER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "presence-tool-timeout");
        thread.setDaemon(true);
        return thread;
    });
    private static final File NOTHING = new File("/dev/null");

    /** How the tool ended and what it wrote. */
    record Result(int status, byte[] out) {
    }

    private ToolOutput() {
    }

    /**
     * Runs {@code command} with exactly {@code env} as its environment (and {@code LC_ALL=C}).
     *
     * @throws Unavailable naming the tool when it cannot be started, runs longer than {@code timeout}
     *                     or writes more than {@code maxBytes}
     */
    static Result run(List<String> command, Map<String, String> env, Duration timeout, int maxBytes)
            throws Unavailable {
        String tool = command.get(0);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(NOTHING))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().put("LC_ALL", "C");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new Unavailable(tool + " is not installed or cannot be run");
        }
        AtomicBoolean killed = new AtomicBoolean();
        ScheduledFuture<?> deadline = KILLER.schedule(() -> {
            killed.set(true);
            process.destroyForcibly();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (InputStream in = process.getInputStream()) {
            byte[] out = readAtMost(in, maxBytes);
            if (out == null) {
                throw new Unavailable(tool + " wrote more than " + maxBytes + " bytes");
            }
            process.waitFor();
            if (killed.get()) {
                throw new Unavailable(tool + " did not answer within " + timeout.toMillis() + " ms");
            }
            return new Result(process.exitValue(), out);
        } catch (IOException e) {
            throw new Unavailable(tool + "'s output cannot be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable(tool + " was interrupted", e);
        } finally {
            deadline.cancel(false);
            process.destroyForcibly();
        }
    }

    /** All of {@code in}, or null when it has more than {@code maxBytes}. */
    private static byte[] readAtMost(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (out.size() + n > maxBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
