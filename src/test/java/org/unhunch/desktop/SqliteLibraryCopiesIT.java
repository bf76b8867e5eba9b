package org.unhunch.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.agent.DataDirectory;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;

/**
 * SQLite's native library (issue 10, section 1): the agent extracts it into a folder of its own in
 * the data folder's {@code native/}, never into the temporary folder; a normal stop deletes that
 * folder, and the next start deletes the one a killed agent left.
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
    void an_agent_stopped_by_sigterm_once_fully_started_leaves_no_sqlite_copy_anywhere() throws Exception {
        try (AgentProcess agent = startedAgent()) {
            assertThat(sqliteFiles(ownFolder(agent))).as("its copy, in its own folder").isNotEmpty();

            assertThat(agent.stop()).isZero();
        }
        assertThat(sqliteFiles(nativeFolder())).as("in native/").isEmpty();
        assertThat(sqliteFiles(temporaryFolder)).as("in java.io.tmpdir").isEmpty();
    }

    @Test
    void a_killed_agent_leaves_nothing_in_the_temporary_folder_and_the_next_start_deletes_its_folder()
            throws Exception {
        Path killedOnesFolder;
        try (AgentProcess killed = startedAgent()) {
            killedOnesFolder = ownFolder(killed);
            ProcessHandle.of(killed.pid()).ifPresent(ProcessHandle::destroyForcibly);
            assertThat(killed.awaitExit(Duration.ofSeconds(20))).as("killed by SIGKILL").isEqualTo(128 + 9);
        }
        assertThat(sqliteFiles(temporaryFolder)).as("in java.io.tmpdir").isEmpty();
        assertThat(sqliteFiles(killedOnesFolder)).as("the killed agent's copy, in its folder").isNotEmpty();

        try (AgentProcess next = startedAgent()) {
            assertThat(killedOnesFolder).as("deleted by the next start").doesNotExist();
            assertThat(sqliteFiles(nativeFolder())).containsExactly(ownFolder(next));
            assertThat(next.stop()).isZero();
        }
        assertThat(sqliteFiles(nativeFolder())).isEmpty();
        assertThat(sqliteFiles(temporaryFolder)).isEmpty();
    }

    /**
     * A headless agent with a temporary folder of its own, once it runs: its first event comes from
     * its loop, started after its stop hook, and after its break log was opened.
     */
    private AgentProcess startedAgent() throws Exception {
        long hooksBefore = hooksRegistered();
        AgentProcess agent = AgentProcess.start(data, List.of("-Djava.io.tmpdir=" + temporaryFolder),
                "run", "--headless");
        try {
            await("the input hook registered").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> hooksRegistered() > hooksBefore);
            Desktop.xdotool("mousemove", "10", "10", "mousemove", "400", "400");
            agent.awaitEvent("sitting_started", Duration.ofSeconds(10));
            return agent;
        } catch (RuntimeException | AssertionError | InterruptedException e) {
            agent.close();
            throw e;
        }
    }

    /** How many agents have registered the input hook in this data folder's log (it is one for all of them). */
    private long hooksRegistered() throws IOException {
        return AgentProcess.log(data).lines().filter(line -> line.contains("Watching activity")).count();
    }

    private Path nativeFolder() {
        return data.resolve(DataDirectory.NATIVE);
    }

    private Path ownFolder(AgentProcess agent) {
        return nativeFolder().resolve("sqlite-" + agent.pid());
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
