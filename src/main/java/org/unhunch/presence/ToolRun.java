package org.unhunch.presence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a command-line tool an asked source reads: with the environment it is given and no
 * input, ended if it takes longer than its time, and only the start of what it says is kept (what
 * it says on standard error included). What goes wrong is said by the tool's name alone.
 */
final class ToolRun {

    /** What a tool said: its exit status and the first {@code limit} bytes of its output, as UTF-8. */
    record Result(int exitStatus, String output) {
    }

    private ToolRun() {
    }

    /**
     * @param env     the whole environment of the tool; its {@code PATH} is where the tool is found
     * @param limit   how many bytes of output are kept
     * @param command the tool's name, then its arguments
     * @throws PresenceSource.Unavailable when the tool is not installed, cannot run or does not end in time
     */
    static Result run(Map<String, String> env, Duration timeout, int limit, List<String> command)
            throws PresenceSource.Unavailable {
        String tool = command.get(0);
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, find(tool, env.get("PATH")).toString());
        ProcessBuilder builder = new ProcessBuilder(resolved).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new PresenceSource.Unavailable(tool + " cannot be run (" + e.getClass().getSimpleName() + ")");
        }
        try (InputStream output = process.getInputStream()) {
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new PresenceSource.Unavailable(tool + " did not answer within " + timeout.toMillis() + " ms");
            }
            return new Result(process.exitValue(), new String(output.readNBytes(limit), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PresenceSource.Unavailable(tool + "'s output cannot be read (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PresenceSource.Unavailable(tool + " was not waited for: the agent is stopping");
        } finally {
            process.destroyForcibly();
        }
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
