package org.unhunch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
        name = "unhunch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Unhunch notices when you have sat too long and offers a five-minute mid-back reset.",
            "Run without a command to start the agent."
        },
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:the agent could not start",
            "2:bad input (usage, files, settings)"
        })
final class UnhunchCommand implements Callable<Integer> {

    static final int EXIT_AGENT_UNAVAILABLE = 1;

    @Spec
    private CommandSpec spec;

    /** Starting the agent: not built yet, and it says so rather than pretend. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println(String.join(System.lineSeparator(),
                "unhunch: the live agent (tray icon, activity monitoring, break prompts) is not part of this build yet.",
                "What works now: 'unhunch simulate TRACE' replays a recorded trace through the sitting model.",
                "See 'unhunch --help'."));
        return EXIT_AGENT_UNAVAILABLE;
    }
}
