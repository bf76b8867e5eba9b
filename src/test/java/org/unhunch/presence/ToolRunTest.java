package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tool an asked source runs, played by a shell script in a folder of its own that is the whole
 * PATH: it gets the environment given and nothing else, no input, a bound on its time and on what
 * of its output is kept.
 */
@EnabledOnOs(OS.LINUX)
class ToolRunTest {

    private static final Duration SOON = Duration.ofSeconds(20);

    @TempDir
    Path bin;
    private Map<String, String> env;

    @BeforeEach
    void pathIsTheToolsFolder() {
        env = Map.of("PATH", bin + ":/usr/bin:/bin");
    }

    @Test
    void the_tool_gets_the_environment_given_and_its_output_and_status_come_back() throws Exception {
        tool("probe", "echo \"$GIVEN|${HOME:-no home}|$1\"; echo warned >&2; exit 3");
        env = Map.of("PATH", env.get("PATH"), "GIVEN", "given");

        ToolRun.Result result = ToolRun.run(env, SOON, 100, List.of("probe", "an argument"));

        assertThat(result).isEqualTo(new ToolRun.Result(3, "given|no home|an argument\n", "warned\n"));
    }

    @Test
    void only_the_start_of_a_long_output_is_kept() throws Exception {
        tool("chatty", "head -c 100000 /dev/zero | tr '\\0' x; head -c 100000 /dev/zero | tr '\\0' y >&2");

        assertThat(ToolRun.run(env, SOON, 10, List.of("chatty")))
                .isEqualTo(new ToolRun.Result(0, "x".repeat(10), "y".repeat(10)));
    }

    @Test
    void the_tool_has_no_input() throws Exception {
        tool("reader", "cat; echo read");

        assertThat(ToolRun.run(env, SOON, 100, List.of("reader")).output()).isEqualTo("read\n");
    }

    @Test
    void a_tool_that_does_not_end_in_time_is_ended_and_said_by_name() throws Exception {
        tool("stuck", "echo $$ > " + bin.resolve("pid") + "; exec sleep 600");

        assertThatThrownBy(() -> ToolRun.run(env, Duration.ofMillis(300), 100, List.of("stuck")))
                .isInstanceOf(PresenceSource.Unavailable.class).hasMessage("stuck did not answer within 300 ms");

        long pid = Long.parseLong(Files.readString(bin.resolve("pid")).strip());
        await("the tool ended").atMost(SOON).until(() -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty());
    }

    @Test
    void a_tool_not_on_the_path_is_not_installed() {
        assertThatThrownBy(() -> ToolRun.run(Map.of("PATH", bin.toString()), SOON, 100, List.of("gsettings")))
                .isInstanceOf(PresenceSource.Unavailable.class)
                .hasMessage("gsettings is not installed (not found on PATH)");
        assertThatThrownBy(() -> ToolRun.run(Map.of(), SOON, 100, List.of("sh")))
                .hasMessage("sh is not installed (not found on PATH)");
    }

    private void tool(String name, String script) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    }
}
