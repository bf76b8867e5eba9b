package org.unhunch.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unhunch.testing.PosixModes.chmod;
import static org.unhunch.testing.PosixModes.giveToAnotherUser;
import static org.unhunch.testing.PosixModes.mode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.files.UnsafePathException;
import org.unhunch.testing.PosixModes;

/** The data folder kept private, on real files: new ones created so, old installs tightened. */
class PrivateDataFolderTest {

    @TempDir
    Path temp;

    private Path data;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void anOldInstall() throws Exception {
        PosixModes.require(temp);
        data = chmod(Files.createDirectory(temp.resolve("unhunch")), 0755);
        for (String name : List.of("breaks.db", "breaks.db-wal", "breaks.db-shm", "breaks.db.damaged-20261201T100000Z",
                "agent.lock")) {
            chmod(Files.createFile(data.resolve(name)), 0644);
        }
        Path logs = chmod(Files.createDirectory(data.resolve("logs")), 0755);
        chmod(Files.createFile(logs.resolve("unhunch.log")), 0644);
        chmod(Files.createFile(logs.resolve("unhunch.2026-11-30.0.log.gz")), 0644);
        chmod(Files.createDirectory(data.resolve("native")), 0755);
    }

    @Test
    void a_new_data_folder_is_created_700_with_the_folders_above_it() throws Exception {
        Path fresh = temp.resolve("home/.local/share/unhunch");
        PrivateDataFolder.create(fresh);
        assertThat(mode(fresh)).isEqualTo(0700);
        assertThat(mode(fresh.getParent())).isEqualTo(0700);
    }

    @Test
    void a_data_folder_of_another_user_is_refused() throws Exception {
        giveToAnotherUser(data);
        assertThatThrownBy(() -> PrivateDataFolder.create(data))
                .isInstanceOf(UnsafePathException.class)
                .hasMessageContaining(data + " belongs to another user");
    }

    @Test
    void an_old_install_open_to_others_is_tightened_and_said_once() throws Exception {
        PrivateDataFolder.repair(data, warnings::add);

        assertThat(warnings).singleElement().asString()
                .startsWith("The data folder " + data + " was open to other users (mode 755), who could read your"
                        + " break history and logs; it is now 700");
        assertThat(mode(data)).isEqualTo(0700);
        try (var files = Files.walk(data)) {
            for (Path path : files.toList()) {
                assertThat(mode(path)).as(path.toString()).isEqualTo(Files.isDirectory(path) ? 0700 : 0600);
            }
        }
        warnings.clear();
        PrivateDataFolder.repair(data, warnings::add);
        assertThat(warnings).as("said once: the next start finds it private").isEmpty();
    }

    @Test
    void files_that_are_not_unhunchs_are_left_alone() throws Exception {
        Path notes = chmod(Files.createFile(data.resolve("notes.txt")), 0644);
        Path elsewhere = chmod(Files.createDirectory(data.resolve("prefs")), 0755);
        PrivateDataFolder.repair(data, warnings::add);
        assertThat(mode(notes)).isEqualTo(0644);
        assertThat(mode(elsewhere)).isEqualTo(0755);
    }

    @Test
    void a_file_of_another_user_is_reported_and_left_as_it_is() throws Exception {
        Path planted = giveToAnotherUser(data.resolve("breaks.db"));
        chmod(data, 0700);
        PrivateDataFolder.repair(data, warnings::add);
        assertThat(warnings).containsExactly(planted + " belongs to another user; Unhunch leaves it as it is.");
        assertThat(mode(planted)).isEqualTo(0644);
        assertThat(mode(data.resolve("agent.lock"))).as("the rest is still tightened").isEqualTo(0600);
    }

    @Test
    void a_private_folder_is_not_reported() throws Exception {
        chmod(data, 0700);
        PrivateDataFolder.repair(data, warnings::add);
        assertThat(warnings).isEmpty();
        assertThat(mode(data.resolve("breaks.db"))).as("its files are still tightened").isEqualTo(0600);
    }
}
