package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnhunchCommandTest {

    @Test
    void with_no_arguments_it_says_plainly_that_the_tray_is_not_built_yet_and_fails() {
        CliRun run = CliRun.of();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("tray icon and break windows are not part of this build yet")
                .contains("unhunch run --headless").contains("simulate");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void help_lists_the_commands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: unhunch", "Commands:", "simulate");
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
