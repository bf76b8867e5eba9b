package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

    @Test
    void version_is_printed() {
        CliRun run = CliRun.of("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Unhunch ");
    }
}
