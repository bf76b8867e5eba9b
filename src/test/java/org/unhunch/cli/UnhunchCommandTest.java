package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnhunchCommandTest {

    @Test
    void help_lists_the_commands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: unhunch", "Commands:", "run", "simulate", "record-trace",
                "Run without a command to start the agent");
    }

    @Test
    void an_unknown_command_is_a_usage_error() {
        CliRun run = CliRun.of("simmulate", "x.trace");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched arguments").contains("simmulate");
    }

    /** Review finding 10: help and version to a full disk ({@code > /dev/full}) were exit 0. */
    @ParameterizedTest
    @ValueSource(strings = {"--help", "--version", "settings --help", "policy --version"})
    void help_and_version_that_cannot_be_written_are_one_line_and_status_1(String args) {
        CliRun run = CliRun.into(CliRun.failingOutput("No space left on device"), args.split(" "));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("unhunch: standard output cannot be written (No space left on device)\n");
    }

    @Test
    void help_into_a_closed_pipe_ends_quietly() {
        CliRun run = CliRun.into(CliRun.failingOutput("Broken pipe"), "--help");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void version_is_printed() {
        CliRun run = CliRun.of("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Unhunch ");
    }
}
