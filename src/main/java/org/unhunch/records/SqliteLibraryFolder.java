package org.unhunch.records;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.files.OwnerOnly;

/**
 * Where the agent's sqlite-jdbc puts the copy of its native library that it extracts at the first
 * connection ({@code sqlite-VERSION-UUID-libsqlitejdbc.so} and a {@code .lck} beside it): a folder of
 * the agent process's own, {@code native/sqlite-PID} in the data folder (its system property
 * {@code org.sqlite.tmpdir}), rather than the shared temp folder. sqlite-jdbc deletes its copy only
 * at a normal JVM exit, which the agent never has (its stop hook halts), and a killed process never
 * has; so the agent deletes its folder at its stop (Linux and macOS keep a loaded library after it
 * is deleted; Windows refuses, and the folder is left for the next start), and before its first
 * connection deletes the folders of processes that are no longer alive, and loose copies an
 * earlier version left in {@code native/}. Short commands keep sqlite-jdbc's default (the temp
 * folder, cleaned at their normal exit). ADR 8.
 */
public final class SqliteLibraryFolder {

    /** sqlite-jdbc's system property: the folder it extracts its library into (default {@code java.io.tmpdir}). */
    public static final String PROPERTY = "org.sqlite.tmpdir";
    /** sqlite-jdbc's system properties: a folder holding its library as a plain file, and the file's name (packages). */
    static final String SHIPPED_PROPERTY = "org.sqlite.lib.path";
    static final String SHIPPED_NAME_PROPERTY = "org.sqlite.lib.name";
    /** The start of the names of the processes' folders, and of sqlite-jdbc's copies and their lock files. */
    static final String COPY_PREFIX = "sqlite-";

    private static final Logger LOG = LoggerFactory.getLogger(SqliteLibraryFolder.class);
    private static boolean prepared;
    private static Path sharedFolder;

    private SqliteLibraryFolder() {
    }

    /**
     * Makes sqlite-jdbc extract its library into this process's own folder in {@code nativeFolder},
     * unless a folder was given already ({@code -Dorg.sqlite.tmpdir}, then used as it is) or the library
     * is shipped as a file that is there ({@code -Dorg.sqlite.lib.path} and {@code .name}, as the
     * installed packages set; a file that is missing would make sqlite-jdbc extract a copy). Changes
     * nothing on disk: the folder is made, and others' left-behind folders deleted, at the first connection.
     *
     * @return deletes this process's folder; call it once SQLite's connections are closed
     */
    public static AutoCloseable useForThisProcess(Path nativeFolder) {
        if (System.getProperty(PROPERTY) != null || isShipped()) {
            return () -> { };
        }
        Path own = ownFolder(nativeFolder, ProcessHandle.current().pid());
        synchronized (SqliteLibraryFolder.class) {
            sharedFolder = nativeFolder;
        }
        System.setProperty(PROPERTY, own.toString());
        return () -> deleteOwn(own);
    }

    private static boolean isShipped() {
        String folder = System.getProperty(SHIPPED_PROPERTY);
        String name = System.getProperty(SHIPPED_NAME_PROPERTY);
        try {
            return folder != null && name != null && Files.isRegularFile(Path.of(folder, name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    static Path ownFolder(Path nativeFolder, long pid) {
        return nativeFolder.resolve(COPY_PREFIX + pid);
    }

    /** Before this process's first connection: the folder made (yours alone) and what others left behind deleted. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        String folder = System.getProperty(PROPERTY);
        if (folder == null) {
            return;
        }
        try {
            OwnerOnly.createFolders(Path.of(folder));
            if (!Files.isWritable(Path.of(folder))) {
                throw new IOException("it cannot be written");
            }
            if (sharedFolder != null) {
                deleteLeftBehind(sharedFolder);
            }
        } catch (IOException e) {
            LOG.warn("SQLite's native library is put in the temporary folder, as {} cannot be used ({})", folder,
                    e.getMessage());
            System.clearProperty(PROPERTY);
        }
    }

    /**
     * Deletes, in {@code nativeFolder}, the {@code sqlite-PID} folders of processes that are not
     * alive and loose {@code sqlite-*} files (an earlier version's copies and lock files).
     */
    static void deleteLeftBehind(Path nativeFolder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(nativeFolder, COPY_PREFIX + "*")) {
            for (Path entry : entries) {
                OptionalLong pid = pidOf(entry);
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    deleteQuietly(entry);
                } else if (pid.isPresent() && ProcessHandle.of(pid.getAsLong()).isEmpty()
                        && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(entry);
                }
            }
        }
    }

    /** At the stop: this process's folder and the copy in it. */
    static void deleteOwn(Path own) {
        if (Files.isDirectory(own, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(own);
        }
    }

    private static OptionalLong pidOf(Path entry) {
        String rest = entry.getFileName().toString().substring(COPY_PREFIX.length());
        if (rest.isEmpty() || rest.length() > 18 || !rest.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(rest));
    }

    private static void deleteTree(Path folder) {
        List<Path> contents;
        try (Stream<Path> walk = Files.walk(folder)) {
            contents = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            LOG.debug("SQLite's library folder {} is not deleted ({})", folder, e.getMessage());
            return;
        }
        contents.forEach(SqliteLibraryFolder::deleteQuietly);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.debug("SQLite's library copy {} is not deleted ({})", path, e.getMessage());
        }
    }
}
