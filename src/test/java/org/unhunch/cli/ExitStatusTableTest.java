package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's one exit-status table and every command's own --help list agree. */
class ExitStatusTableTest {

    @Test
    void every_command_lists_its_statuses_and_uses_only_those_of_the_readme_table() throws IOException {
        Map<String, String> table = readmeTable();
        CommandLine root = Main.commandLine(new String[] {"--help"}, InputStream.nullInputStream(),
                new ByteArrayOutputStream(),
                new PrintWriter(new StringWriter()));
        assertThat(root.getCommandSpec().usageMessage().exitCodeList().keySet())
                .as("unhunch --help lists the README's table").containsExactlyElementsOf(table.keySet());
        for (Map.Entry<String, CommandLine> command : root.getSubcommands().entrySet()) {
            Set<String> statuses = command.getValue().getCommandSpec().usageMessage().exitCodeList().keySet();
            assertThat(statuses).as(command.getKey() + " --help lists its exit statuses").contains("0", "2");
            assertThat(table.keySet()).as(command.getKey() + "'s statuses are in the README's table")
                    .containsAll(statuses);
            assertThat(table.get("3").contains("`" + command.getKey() + "`"))
                    .as("the README says whether " + command.getKey() + " exits 3 (no display) as its help does")
                    .isEqualTo(statuses.contains("3"));
        }
    }

    @Test
    void a_failure_nobody_foresaw_is_one_line_and_status_70_never_a_stack_trace() {
        CommandLine failing = new CommandLine(new Failing());
        StringWriter err = new StringWriter();
        failing.setErr(new PrintWriter(err, true));
        failing.setExecutionExceptionHandler(new UnexpectedProblem(Map.of()));

        assertThat(failing.execute()).isEqualTo(ExitStatus.BUG).isEqualTo(70);
        assertThat(err.toString().lines()).singleElement().asString()
                .contains("unexpected problem", "IllegalStateException: no such luck", "a bug in Unhunch",
                        "UNHUNCH_DEBUG=1");
    }

    @Test
    void with_unhunch_debug_the_stack_trace_follows_the_line() {
        CommandLine failing = new CommandLine(new Failing());
        StringWriter err = new StringWriter();
        failing.setErr(new PrintWriter(err, true));
        failing.setExecutionExceptionHandler(new UnexpectedProblem(Map.of("UNHUNCH_DEBUG", "1")));

        assertThat(failing.execute()).isEqualTo(70);
        assertThat(err.toString()).contains("at org.unhunch.cli.ExitStatusTableTest$Failing.call");
    }

    @CommandLine.Command(name = "failing")
    static final class Failing implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("no such luck");
        }
    }

    /** Status to its "when" cell, from the README's "Exit status" table. */
    private static Map<String, String> readmeTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("\n## Exit status"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        Map<String, String> table = new LinkedHashMap<>();
        section.lines().filter(line -> line.matches("\\| \\d+ \\|.*")).forEach(line -> {
            String[] cells = line.split("(?<!\\\\)\\|");
            table.put(cells[1].strip(), cells[3].strip());
        });
        assertThat(table).as("the README's exit-status table").isNotEmpty();
        return table;
    }
}
