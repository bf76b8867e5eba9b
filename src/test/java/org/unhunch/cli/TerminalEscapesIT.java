package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;

/** The packaged jar quoting hostile input back: the person's terminal sees escapes, never controls. */
class TerminalEscapesIT {

    private static final String TITLE = "\u001b]0;PWNED\u0007";

    @TempDir
    Path dir;

    @Test
    void a_trace_line_that_would_set_the_terminal_title_is_quoted_escaped() throws Exception {
        Process simulate = start("simulate", "/dev/stdin");
        try (var in = simulate.getOutputStream()) {
            in.write(("0 key\n1 k" + TITLE + "ey\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] err = simulate.getErrorStream().readAllBytes();
        assertThat(simulate.waitFor(1, TimeUnit.MINUTES)).isTrue();

        assertThat(simulate.exitValue()).isEqualTo(2);
        assertThat(err).doesNotContain(0x1b, 0x07);
        assertThat(new String(err, StandardCharsets.UTF_8)).startsWith("unhunch simulate: /dev/stdin:2: unknown"
                + " observation 'k\\u001b]0;PWNED\\u0007ey'; known: key, pointer, wheel,").endsWith("tick\n")
                .hasLineCount(1);
    }

    private Process start(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(AgentProcess.preferenceOptions(dir.resolve("prefs")));
        command.addAll(List.of("-jar", System.getProperty("unhunch.jar", "target/unhunch.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("UNHUNCH_DATA_DIR", dir.resolve("data").toString());
        return builder.start();
    }
}
