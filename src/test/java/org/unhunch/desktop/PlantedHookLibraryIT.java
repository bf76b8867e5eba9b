package org.unhunch.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;

/**
 * A {@code libJNativeHook.so} planted in a folder on the library path (the environment's
 * {@code LD_LIBRARY_PATH}, where an empty entry stands for the current folder) is never loaded:
 * only the library Unhunch verified is (docs/decisions/0008). The planted one is compiled here,
 * and its constructor, which the dynamic loader runs on loading, leaves a marker file.
 */
@Tag("desktop")
class PlantedHookLibraryIT {

    private static final String PLANTED = """
            #include <stdio.h>
            __attribute__((constructor)) static void planted(void) {
                FILE *marker = fopen(MARKER, "w");
                if (marker) {
                    fputs("the planted library ran\\n", marker);
                    fclose(marker);
                }
            }
            """;

    @TempDir
    Path temp;

    @BeforeEach
    void requireDesktop() {
        Desktop.require();
    }

    @Test
    void a_hook_library_planted_on_the_library_path_is_never_loaded() throws Exception {
        Path planted = Files.createDirectory(temp.resolve("planted"));
        Path marker = temp.resolve("marker");
        compile(planted.resolve(System.mapLibraryName("JNativeHook")), marker);
        Path data = temp.resolve("data");

        ProcessBuilder builder = JarCommand.builder(data, List.of(), "run", "--headless")
                .redirectOutput(temp.resolve("out").toFile()).redirectError(temp.resolve("err").toFile());
        builder.environment().put("LD_LIBRARY_PATH", planted + ":");
        Process agent = builder.start();
        try {
            await("the hook registered or refused").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> AgentProcess.log(data).contains("Watching activity")
                            || AgentProcess.log(data).contains("Keyboard activity cannot be seen"));
        } finally {
            agent.toHandle().destroy();
            if (!agent.waitFor(20, TimeUnit.SECONDS)) {
                agent.destroyForcibly();
            }
        }

        assertThat(marker).as("the planted library's code never ran").doesNotExist();
        assertThat(AgentProcess.log(data)).contains("Watching activity through the global keyboard and mouse hook");
    }

    /** Builds {@code library} from {@link #PLANTED} with gcc, its marker at {@code marker}. */
    private void compile(Path library, Path marker) throws IOException, InterruptedException {
        Path source = Files.writeString(temp.resolve("planted.c"), PLANTED, StandardCharsets.UTF_8);
        Process gcc;
        try {
            gcc = new ProcessBuilder("gcc", "-shared", "-fPIC", "-DMARKER=\"" + marker + "\"", "-o", library.toString(),
                    source.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            String why = "gcc is needed to build the planted library: " + e.getMessage();
            assertThat(System.getenv("UNHUNCH_REQUIRE_DESKTOP")).as("CI installs gcc; " + why).isNull();
            Desktop.skip(why);
            return;
        }
        String said = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(gcc.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(gcc.exitValue()).as(said).isZero();
    }
}
