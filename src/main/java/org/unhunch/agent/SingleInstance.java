package org.unhunch.agent;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unhunch.files.LinksAside;
import org.unhunch.files.OwnerOnly;

/**
 * One agent per user: an exclusive lock on {@code agent.lock} in the data folder, held for the
 * life of the process (the operating system releases it if the process dies). The holder writes
 * its process id into the file so a second start can say which process runs.
 */
public final class SingleInstance implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final List<String> notes;

    private SingleInstance(FileChannel channel, FileLock lock, List<String> notes) {
        this.channel = channel;
        this.lock = lock;
        this.notes = List.copyOf(notes);
    }

    /** The lock file's name in the data folder. */
    public static final String FILE_NAME = "agent.lock";

    /**
     * Takes the lock, creating the data folder (700) and the lock file (600) if missing; a symbolic
     * link in place of the lock file is moved aside ({@link #notes}).
     *
     * @return the held lock, or empty if another agent holds it
     * @throws org.unhunch.files.UnsafePathException if the data folder belongs to another user
     */
    public static Optional<SingleInstance> acquire(Path dataDirectory) throws IOException {
        PrivateDataFolder.create(dataDirectory);
        Path file = dataDirectory.resolve(FILE_NAME);
        Optional<String> linkMovedAside = LinksAside.moveAside(file, Instant.now());
        // Never through a link: the holder truncates the file and writes its process id into it.
        FileChannel channel = FileChannel.open(file, Set.<OpenOption>of(StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
                OwnerOnly.fileAttributes(file));
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        return Optional.of(new SingleInstance(channel, lock, linkMovedAside.stream().toList()));
    }

    /** The process id the running agent wrote, if it can be read. */
    public static Optional<Long> holder(Path dataDirectory) {
        try {
            String text = Files.readString(dataDirectory.resolve(FILE_NAME), StandardCharsets.US_ASCII).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the agent that last took the lock is still running (a look, not a lock). */
    public static boolean isRunning(Path dataDirectory) {
        return holder(dataDirectory).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).isPresent();
    }

    /** What was found and put right while taking the lock (a link in its place), for the agent's log. */
    public List<String> notes() {
        return notes;
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
