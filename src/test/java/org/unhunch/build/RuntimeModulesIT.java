package org.unhunch.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The installers' runtime (packaging/modules.txt, given to jlink) holds every module the agent's
 * jar needs, as jdeps finds them: a new dependency that needs one more fails here, not on a
 * machine where the installed agent cannot start.
 */
class RuntimeModulesIT {

    private static final Path JAR = Path.of("target", "unhunch.jar");
    private static final Path MODULES = Path.of("packaging", "modules.txt");

    @Test
    void the_runtime_has_every_module_the_jar_needs() throws Exception {
        assertThat(listed()).as(MODULES + " (jlink's --add-modules)").containsAll(needed());
    }

    @Test
    void the_runtime_lists_nothing_the_jar_does_not_need() throws Exception {
        assertThat(needed()).as("every module in " + MODULES + " is one jdeps finds").containsAll(listed());
    }

    private static List<String> listed() throws Exception {
        return Files.readAllLines(MODULES).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static List<String> needed() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError(
                "jdeps is not in this JDK (the jdk.jdeps module); the build needs a full JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "--print-module-deps",
                "--ignore-missing-deps", "--multi-release", "17", JAR.toString());
        assertThat(status).as("jdeps on %s: %s", JAR, err).isZero();
        return Arrays.stream(out.toString().strip().split(",")).map(String::strip).toList();
    }
}
