package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What the launch does first: the tray icon for the tray agent alone, and only the command named built. */
class MainStartTest {

    @Test
    void the_tray_agent_is_what_no_arguments_or_run_without_headless_help_or_version_start() {
        assertThat(Main.startsTheTrayAgent(new String[0])).isTrue();
        assertThat(Main.startsTheTrayAgent(new String[] {"run"})).isTrue();
        assertThat(Main.startsTheTrayAgent(new String[] {"run", "--time-scale", "60", "--set", "sit.limit=10m"}))
                .isTrue();
        assertThat(Main.startsTheTrayAgent(new String[] {"run", "--headless"})).isFalse();
        assertThat(Main.startsTheTrayAgent(new String[] {"run", "--help"})).isFalse();
        assertThat(Main.startsTheTrayAgent(new String[] {"run", "-V"})).isFalse();
        assertThat(Main.startsTheTrayAgent(new String[] {"--version"})).isFalse();
        assertThat(Main.startsTheTrayAgent(new String[] {"stats"})).isFalse();
        assertThat(Main.startsTheTrayAgent(new String[] {"simulate", "run"})).isFalse();
    }

    @Test
    void a_command_named_is_built_alone_and_no_arguments_build_run_alone() {
        assertThat(commandLine().getSubcommands()).containsOnlyKeys("run");
        assertThat(commandLine("stats", "--days", "7").getSubcommands()).containsOnlyKeys("stats");
        assertThat(commandLine("settings", "list").getSubcommands()).containsOnlyKeys("settings");
    }

    @Test
    void help_a_version_or_a_mistyped_command_get_every_command() {
        String[] all = {"run", "simulate", "record-trace", "stats", "export", "history", "demo", "settings", "policy"};
        assertThat(commandLine("--help").getSubcommands().keySet()).containsExactly(all);
        assertThat(commandLine("-V").getSubcommands().keySet()).containsExactly(all);
        assertThat(commandLine("stast").getSubcommands().keySet()).containsExactly(all);
    }

    @Test
    void a_mistyped_command_is_still_told_apart_from_the_real_ones() {
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"stast"}, new ByteArrayOutputStream(), new PrintWriter(err, true));

        assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
        assertThat(err.toString()).contains("stast").contains("stats");
    }

    private static CommandLine commandLine(String... args) {
        return Main.commandLine(args, InputStream.nullInputStream(), new ByteArrayOutputStream(),
                new PrintWriter(new StringWriter()));
    }
}
