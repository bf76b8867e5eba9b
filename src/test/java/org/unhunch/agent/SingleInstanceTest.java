package org.unhunch.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.PosixModes;

class SingleInstanceTest {

    @TempDir
    Path data;

    @Test
    void a_second_agent_does_not_get_the_lock_and_learns_the_first_ones_process() throws Exception {
        Optional<SingleInstance> first = SingleInstance.acquire(data);
        assertThat(first).isPresent();
        try {
            assertThat(SingleInstance.acquire(data)).isEmpty();
            assertThat(SingleInstance.holder(data)).contains(ProcessHandle.current().pid());
        } finally {
            first.get().close();
        }
        Optional<SingleInstance> again = SingleInstance.acquire(data);
        assertThat(again).as("free again once released").isPresent();
        again.get().close();
    }

    @Test
    void the_data_folder_is_created_when_missing() throws Exception {
        try (SingleInstance lock = SingleInstance.acquire(data.resolve("a/b")).orElseThrow()) {
            assertThat(data.resolve("a/b").resolve(SingleInstance.FILE_NAME)).isRegularFile();
        }
    }

    @Test
    void the_data_folder_is_created_for_the_user_alone_and_so_is_the_lock() throws Exception {
        PosixModes.require(data);
        Path folder = data.resolve("unhunch");
        try (SingleInstance lock = SingleInstance.acquire(folder).orElseThrow()) {
            assertThat(PosixModes.mode(folder)).isEqualTo(0700);
            assertThat(PosixModes.mode(folder.resolve(SingleInstance.FILE_NAME))).isEqualTo(0600);
        }
    }

    @Test
    void a_data_folder_of_another_user_is_refused() throws Exception {
        PosixModes.require(data);
        Path folder = PosixModes.giveToAnotherUser(Files.createDirectory(data.resolve("unhunch")));
        assertThatThrownBy(() -> SingleInstance.acquire(folder)).isInstanceOf(IOException.class)
                .hasMessageContaining("belongs to another user");
        assertThat(folder.resolve(SingleInstance.FILE_NAME)).doesNotExist();
    }

    @Test
    void a_link_in_place_of_the_lock_is_moved_aside_never_written_through() throws Exception {
        PosixModes.require(data);
        Path folder = Files.createDirectory(data.resolve("unhunch"));
        Path target = Files.writeString(data.resolve("notes.txt"), "someone's notes");
        Files.createSymbolicLink(folder.resolve(SingleInstance.FILE_NAME), target);

        try (SingleInstance lock = SingleInstance.acquire(folder).orElseThrow()) {
            assertThat(target).hasContent("someone's notes");
            assertThat(Files.isSymbolicLink(folder.resolve(SingleInstance.FILE_NAME))).isFalse();
            assertThat(PosixModes.mode(folder.resolve(SingleInstance.FILE_NAME))).isEqualTo(0600);
            assertThat(lock.notes()).singleElement().asString().contains("symbolic link")
                    .contains(target.toString());
        }
    }
}
