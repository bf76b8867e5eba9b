package org.unhunch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
