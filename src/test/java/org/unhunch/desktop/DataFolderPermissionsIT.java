package org.unhunch.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.unhunch.testing.PosixModes.chmod;
import static org.unhunch.testing.PosixModes.mode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;
import org.unhunch.testing.PosixModes;

/**
 * The packaged agent keeps its data folder to its user (issue 9, finding 21) and loads the input
 * hook's library only through folders nobody else can change (finding 22).
 */
@Tag("desktop")
class DataFolderPermissionsIT {

    @TempDir
    Path temp;

    @BeforeEach
    void requireDesktop() {
        Desktop.require();
        PosixModes.require(temp);
    }

    @Test
    void an_old_install_open_to_others_is_made_private_and_everything_new_is_created_so() throws Exception {
        Path data = chmod(Files.createDirectory(temp.resolve("unhunch")), 0755);
        chmod(Files.createFile(data.resolve("breaks.db")), 0644);
        Path logs = chmod(Files.createDirectory(data.resolve("logs")), 0755);
        chmod(Files.writeString(logs.resolve("unhunch.log"), "an old line\n", StandardCharsets.UTF_8), 0644);

        try (AgentProcess agent = AgentProcess.start(data, "run", "--headless")) {
            HeadlessAgentIT.awaitHookRegistered(data);
            await("the break log open").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> Files.exists(data.resolve("breaks.db-shm")));
            Map<String, Integer> expected = Map.of(
                    "", 0700, "agent.lock", 0600, "breaks.db", 0600, "breaks.db-wal", 0600, "breaks.db-shm", 0600,
                    "logs", 0700, "logs/unhunch.log", 0600,
                    "native", 0700, "native/" + System.mapLibraryName("JNativeHook"), 0500);
            for (Map.Entry<String, Integer> file : expected.entrySet()) {
                assertThat(Integer.toOctalString(mode(data.resolve(file.getKey()))))
                        .as(file.getKey().isEmpty() ? "the data folder" : file.getKey())
                        .isEqualTo(Integer.toOctalString(file.getValue()));
            }
            assertThat(AgentProcess.log(data)).contains("The data folder " + data
                    + " was open to other users (mode 755), who could read your break history and logs");
            agent.stop();
        }
    }

    @Test
    void the_hook_is_not_loaded_through_a_folder_other_users_can_change() throws Exception {
        Path shared = chmod(Files.createDirectory(temp.resolve("shared")), 0777);
        Path data = shared.resolve("unhunch");
        try (AgentProcess agent = AgentProcess.start(data, "run", "--headless")) {
            await("the source in use said").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> agent.err().contains("Activity: "));
            assertThat(agent.err()).contains(shared + " can be changed by other users (mode 777)")
                    .contains("Activity: the system's idle time");
            assertThat(data.resolve("native").resolve(System.mapLibraryName("JNativeHook"))).doesNotExist();
            agent.stop();
        }
    }
}
