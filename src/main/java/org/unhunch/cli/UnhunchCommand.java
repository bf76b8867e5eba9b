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
            "0:done, or the agent is already running",
            "1:what was asked cannot be done (no way to see activity; a store, log or output that cannot be"
                    + " read or written)",
            "2:bad input (usage, options, files, settings)",
            "3:no graphical display",
            "70:a problem nobody foresaw: a bug in Unhunch (UNHUNCH_DEBUG=1 prints the details)"
        })
final class UnhunchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** With no command: starts the agent, as {@code unhunch run}. */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("run").execute();
    }
}
