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
            "0:success, or the agent is already running",
            "1:the agent could not start",
            "2:bad input (usage, files, settings)",
            "3:no graphical display to watch"
        })
final class UnhunchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Starting the agent: not built yet, and it says so rather than pretend. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println(String.join(System.lineSeparator(),
                "unhunch: the tray icon and break windows are not part of this build yet.",
                "What works now: 'unhunch run --headless' runs the agent without windows (events on standard",
                "output, answers on standard input), and 'unhunch simulate TRACE' replays a trace.",
                "See 'unhunch --help'."));
        return ExitStatus.AGENT_UNAVAILABLE;
    }
}
