package org.unhunch.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code unhunch} command line: {@code java -jar unhunch.jar [COMMAND] [ARGS]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams and returns the exit status. */
    static int run(String[] args, OutputStream out, PrintWriter err) {
        return commandLine(out, err).execute(args);
    }

    static CommandLine commandLine(OutputStream out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new UnhunchCommand());
        CommandLine simulate = new CommandLine(new SimulateCommand(out));
        simulate.getCommandSpec().usageMessage().footer(TraceFormatHelp.TEXT + SettingsOption.helpTable());
        commandLine.addSubcommand(simulate);
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(err);
        return commandLine;
    }
}
