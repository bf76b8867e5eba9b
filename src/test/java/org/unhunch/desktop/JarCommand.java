package org.unhunch.desktop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unhunch.testing.AgentProcess;

/** {@code java OPTIONS -jar target/unhunch.jar ARGS} with preferences of its own under the data folder. */
final class JarCommand {

    private JarCommand() {
    }

    /** A builder for the command, with {@code UNHUNCH_DATA_DIR} set to {@code data}; streams are the caller's. */
    static ProcessBuilder builder(Path data, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        // As the agent is started at login: a quicker start on a busy test machine.
        command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(AgentProcess.preferenceOptions(data.resolve("prefs")));
        command.addAll(List.of("-jar", System.getProperty("unhunch.jar", "target/unhunch.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("UNHUNCH_DATA_DIR", data.toString());
        return builder;
    }
}
