package org.unhunch.presence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One run of a command-line tool an asked source reads: with the environment it is given and no
 * input, ended if it takes longer than its time, and only the start of what it says is kept (each
 * stream read on a thread of its own, so a tool that says much is never held up). What goes wrong
 * is said by the tool's name alone.
 */
final class ToolRun {

    /**
     * What a tool said: its exit status and the first bytes of its output and of its errors, as UTF-8
     * (warnings on standard error never mix into the answer).
     */
    record Result(int exitStatus, String output, String errors) {
    }

    private ToolRun() {
    }

    /**
     * @param env     the whole environment of the tool; its {@code PATH} is where the tool is found
     * @param limit   how many bytes of each of output and errors are kept
     * @param command the tool's name, then its arguments
     * @throws PresenceSource.Unavailable when the tool is not installed, cannot run or does not end in time
     */
    static Result run(Map<String, String> env, Duration timeout, int limit, List<String> command)
            throws PresenceSource.Unavailable {
        String tool = command.get(0);
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, find(tool, env.get("PATH")).toString());
        ProcessBuilder builder = new ProcessBuilder(resolved);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new PresenceSource.Unavailable(tool + " cannot be run (" + e.getClass().getSimpleName() + ")");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            FutureTask<byte[]> output = keepStart(process.getInputStream(), limit, tool + "-output");
            FutureTask<byte[]> errors = keepStart(process.getErrorStream(), limit, tool + "-errors");
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new PresenceSource.Unavailable(tool + " did not answer within " + timeout.toMillis() + " ms");
            }
            return new Result(process.exitValue(), text(output, deadline), text(errors, deadline));
        } catch (TimeoutException e) {
            throw new PresenceSource.Unavailable(tool + " ended but its output did not within "
                    + timeout.toMillis() + " ms");
        } catch (IOException | ExecutionException e) {
            throw new PresenceSource.Unavailable(tool + "'s output cannot be read (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PresenceSource.Unavailable(tool + " was not waited for: the agent is stopping");
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** Reads the first {@code limit} bytes of a stream on a new thread, then drops the rest until it ends. */
    private static FutureTask<byte[]> keepStart(InputStream stream, int limit, String name) {
        FutureTask<byte[]> kept = new FutureTask<>(() -> {
            try (stream) {
                byte[] start = stream.readNBytes(limit);
                stream.transferTo(OutputStream.nullOutputStream());
                return start;
            }
        });
        Thread reader = new Thread(kept, name);
        reader.setDaemon(true);
        reader.start();
        return kept;
    }

    private static String text(FutureTask<byte[]> kept, long deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        return new String(kept.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS),
                StandardCharsets.UTF_8);
    }

    /** The tool's file in the first folder of {@code path} that has it as an executable file. */
    private static Path find(String tool, String path) throws PresenceSource.Unavailable {
        if (path != null) {
            for (String folder : path.split(":")) {
                Path file = inFolder(folder, tool);
                if (file != null && Files.isRegularFile(file) && Files.isExecutable(file)) {
                    return file;
                }
            }
        }
        throw new PresenceSource.Unavailable(tool + " is not installed (not found on PATH)");
    }

    /** The tool's path in one of PATH's folders, or null for an empty folder or one that is not a path here. */
    private static Path inFolder(String folder, String tool) {
        try {
            return folder.isEmpty() ? null : Path.of(folder, tool);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
