package org.unhunch.settings;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.prefs.BackingStoreException;
import org.unhunch.files.OwnerOnly;

/**
 * Held while Unhunch changes a node the JDK keeps in files: an exclusive lock of the operating
 * system ({@code FileChannel.tryLock}, {@code fcntl} on Linux) on a file of Unhunch's own in the
 * JDK's root folder, which every Unhunch process of the person takes, and a lock for this
 * process's threads (the operating system's lock is the whole process's). Not the JDK's own lock
 * file: when the JDK closes that one, the operating system drops every lock the process holds on it.
 */
final class WriteLock implements AutoCloseable {

    static final String FILE_NAME = ".unhunch-settings.lock";

    /** A write holds the lock for milliseconds; this long means another process is stuck holding it. */
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final ReentrantLock IN_THIS_PROCESS = new ReentrantLock();
    private static final long RETRY_MILLIS = 10;

    private final FileChannel channel;

    private WriteLock(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Takes the lock of the tree whose root folder is {@code folder}, waiting up to {@link #PATIENCE}.
     *
     * @throws BackingStoreException if the lock file cannot be made or the lock is not had in time
     */
    static WriteLock take(Path folder) throws BackingStoreException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            if (!IN_THIS_PROCESS.tryLock(PATIENCE.toNanos(), TimeUnit.NANOSECONDS)) {
                throw notInTime();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackingStoreException("interrupted while waiting to save");
        }
        FileChannel channel = null;
        try {
            Path file = folder.resolve(FILE_NAME);
            channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    OwnerOnly.fileAttributes(file));
            for (FileLock lock = channel.tryLock(); lock == null; lock = channel.tryLock()) {
                if (System.nanoTime() > deadline) {
                    throw notInTime();
                }
                Thread.sleep(RETRY_MILLIS);
            }
            return new WriteLock(channel);
        } catch (IOException | InterruptedException | BackingStoreException | RuntimeException e) {
            close(channel);
            IN_THIS_PROCESS.unlock();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw e instanceof BackingStoreException failure ? failure
                    : new BackingStoreException(folder.resolve(FILE_NAME) + ": " + reason(e, folder));
        }
    }

    private static String reason(Exception e, Path folder) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof IOException && !Files.isDirectory(folder)) {
            return "its folder is missing";
        }
        return SettingText.escape(e instanceof FileSystemException failure && failure.getReason() != null
                ? failure.getReason() : String.valueOf(e.getMessage()));
    }

    private static BackingStoreException notInTime() {
        return new BackingStoreException("another Unhunch process has been saving them for "
                + PATIENCE.toSeconds() + " s; try again");
    }

    /** Releases the lock (closing the file releases the operating system's). */
    @Override
    public void close() {
        close(channel);
        IN_THIS_PROCESS.unlock();
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // the operating system releases the lock with the file either way
            }
        }
    }
}
