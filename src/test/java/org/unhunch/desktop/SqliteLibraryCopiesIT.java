package org.unhunch.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.agent.DataDirectory;
import org.unhunch.testing.Desktop;

/**
 * An agent killed with SIGKILL leaves no copy of SQLite's native library in the temporary folder
 * (issue 10, section 1): sqlite-jdbc extracts it into the data folder's {@code native/}, and the
 * next start deletes a copy left there.
 */
@Tag("desktop")
class SqliteLibraryCopiesIT {

    @TempDir
    Path data;

    @TempDir
    Path temporaryFolder;

    @BeforeEach
    void requireDesktop() {
        Desktop.require();
    }

    @Test
    void a_killed_agent_leaves_no_sqlite_copy_in_the_temporary_folder_and_the_next_start_deletes_its_own()
            throws Exception {
        Path nativeFolder = data.resolve(DataDirectory.NATIVE);
        Process killed = agent();
        List<Path> left;
        try {
            left = awaitCopy(nativeFolder, List.of());
        } finally {
            killed.destroyForcibly();
            assertThat(killed.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(killed.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        assertThat(sqliteFiles(temporaryFolder)).as("in java.io.tmpdir").isEmpty();
        assertThat(left).as("the killed agent's copy, in the data folder").hasSize(1);

        for (Path file : sqliteFiles(nativeFolder)) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        }
        Process next = agent();
        try {
            List<Path> now = awaitCopy(nativeFolder, left);
            assertThat(now).as("the new agent's copy alone").hasSize(1).doesNotContainAnyElementsOf(left);
        } finally {
            next.destroy();
            assertThat(next.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(sqliteFiles(nativeFolder)).as("deleted at a normal exit").isEmpty();
        assertThat(sqliteFiles(temporaryFolder)).isEmpty();
    }

    private Process agent() throws IOException {
        return JarCommand.builder(data, List.of("-Djava.io.tmpdir=" + temporaryFolder), "run", "--headless")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** The library copies in {@code folder} once the break log is open: one that is not among {@code before}. */
    private static List<Path> awaitCopy(Path folder, List<Path> before) {
        return await("the break log open, with SQLite's library loaded").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> libraries(folder), copies -> copies.stream().anyMatch(copy -> !before.contains(copy)));
    }

    private static List<Path> libraries(Path folder) throws IOException {
        return sqliteFiles(folder).stream().filter(file -> !file.toString().endsWith(".lck")).toList();
    }

    private static List<Path> sqliteFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("sqlite-")).toList();
        }
    }
}
