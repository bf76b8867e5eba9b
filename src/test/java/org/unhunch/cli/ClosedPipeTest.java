package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader of standard output that stopped early ({@code | head}) ends every command quietly, with 0. */
class ClosedPipeTest {

    @Test
    void simulate_into_a_closed_pipe_ends_quietly(@TempDir Path folder) throws Exception {
        Path trace = Files.writeString(folder.resolve("day.trace"), "0 key\n3000 key\n");
        CliRun run = CliRun.into(CliRun.failingOutput("Broken pipe"), "simulate", trace.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void settings_list_into_a_closed_pipe_ends_quietly() {
        CliRun run = CliRun.into(CliRun.failingOutput("Broken pipe"), "settings", "list");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void policy_show_into_a_closed_pipe_ends_quietly() throws Exception {
        Preferences system = Preferences.systemRoot().node("test-" + java.util.UUID.randomUUID());
        try {
            CliRun run = OwnRootsCli.policy(system, CliRun.failingOutput("Broken pipe"), "show");
            assertThat(run.status()).isZero();
            assertThat(run.err()).isEmpty();
        } finally {
            system.removeNode();
        }
    }
}
