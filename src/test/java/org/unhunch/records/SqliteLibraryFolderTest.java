package org.unhunch.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sqlite-jdbc's extracted copies in the app's own folder: those left by ended processes are deleted. */
class SqliteLibraryFolderTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @TempDir
    Path folder;

    private Path file(String name, Duration age) throws Exception {
        Path file = Files.writeString(folder.resolve(name), "x");
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
        return file;
    }

    @Test
    void copies_older_than_a_minute_and_their_lock_files_are_deleted_and_the_rest_kept() throws Exception {
        file("sqlite-3.54.1.0-1111-libsqlitejdbc.so", Duration.ofHours(3));
        file("sqlite-3.54.1.0-1111-libsqlitejdbc.so.lck", Duration.ofHours(3));
        file("sqlite-3.46.1.0-2222-libsqlitejdbc.so", Duration.ofMinutes(2));
        Path extractedJustNow = file("sqlite-3.54.1.0-3333-libsqlitejdbc.so", Duration.ofSeconds(5));
        Path itsLock = file("sqlite-3.54.1.0-3333-libsqlitejdbc.so.lck", Duration.ofSeconds(5));
        Path hookLibrary = file("libJNativeHook.so", Duration.ofDays(30));

        SqliteLibraryFolder.deleteStaleCopies(folder, NOW);

        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactlyInAnyOrder(extractedJustNow, itsLock, hookLibrary);
        }
    }
}
