package org.unhunch.records;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.files.OwnerOnly;

/**
 * Where sqlite-jdbc puts the copy of its native library that it extracts at the first connection of
 * each process ({@code sqlite-VERSION-UUID-libsqlitejdbc.so} and a {@code .lck} beside it): a private
 * folder of the user's (its system property {@code org.sqlite.tmpdir}) rather than the shared temp
 * folder, where every process that did not exit normally (killed, crashed) left a 1 MB copy for good.
 * Before this process's first connection, copies there older than {@link #STALE} are deleted: a
 * process loads its copy the moment it extracts it, so an older one belongs to a process that has
 * ended, or is loaded already (Linux and macOS keep a loaded library after it is deleted; Windows
 * refuses to delete it, which is left so). ADR 8.
 */
public final class SqliteLibraryFolder {

    /** sqlite-jdbc's system property: the folder it extracts its library into (default {@code java.io.tmpdir}). */
    public static final String PROPERTY = "org.sqlite.tmpdir";
    /** The start of the names of sqlite-jdbc's copies and their lock files. */
    static final String COPY_PREFIX = "sqlite-";
    static final Duration STALE = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(SqliteLibraryFolder.class);
    private static boolean prepared;

    private SqliteLibraryFolder() {
    }

    /**
     * Makes sqlite-jdbc extract its library into {@code folder}, unless a folder was given already
     * ({@code -Dorg.sqlite.tmpdir}). Changes nothing on disk: the folder is made at the first connection.
     */
    public static void use(Path folder) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, folder.toString());
        }
    }

    /** Before this process's first connection: the folder made (yours alone) and stale copies in it deleted. */
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
            deleteStaleCopies(Path.of(folder), Instant.now());
        } catch (IOException e) {
            LOG.warn("SQLite's native library is put in the temporary folder, as {} cannot be used ({})", folder,
                    e.getMessage());
            System.clearProperty(PROPERTY);
        }
    }

    /** Deletes sqlite-jdbc's copies and lock files in {@code folder} last changed more than {@link #STALE} before {@code now}. */
    static void deleteStaleCopies(Path folder, Instant now) throws IOException {
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, COPY_PREFIX + "*")) {
            for (Path copy : copies) {
                try {
                    if (Files.isRegularFile(copy) && Files.getLastModifiedTime(copy).toInstant().isBefore(now.minus(STALE))) {
                        Files.delete(copy);
                    }
                } catch (IOException e) {
                    LOG.debug("SQLite's library copy {} is not deleted ({})", copy, e.getMessage());
                }
            }
        }
    }
}
