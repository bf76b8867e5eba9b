package org.unhunch.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.unhunch.settings.SettingsDocs;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/** The {@code unhunch} command line: {@code java -jar unhunch.jar [COMMAND] [ARGS]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // The JDK's own warnings (java.util.prefs on a store it cannot use, among them) go to SLF4J: into
        // the agent's log file, not onto a person's terminal, where Unhunch says what matters once.
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        PreferencesSyncFailures.logInsteadOfPrinting();
        // Standard output as a plain stream: System.out would swallow write errors (a full disk, a closed pipe).
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        System.exit(run(args, System.in, out, errorWriter(System.err)));
    }

    /**
     * Standard error as every message reaches the person: messages quote input (a trace line, a
     * setting, an answer), so control characters in it are escaped on the way.
     */
    static PrintWriter errorWriter(OutputStream err) {
        return new PrintWriter(new EscapingWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true);
    }

    /**
     * Runs the command line with the given streams and returns the exit status. Commands write
     * their output through {@link StandardOutput}; what picocli prints itself (help, version) goes
     * through a {@code PrintWriter}, which keeps its write errors to itself: one it had is said
     * here as {@link StandardOutput} says it (a closed pipe quietly, anything else as status 1).
     */
    static int run(String[] args, InputStream in, OutputStream out, PrintWriter err) {
        WatchedOutput watched = new WatchedOutput(out);
        CommandLine commandLine = commandLine(in, out, err);
        PrintWriter help = new PrintWriter(watched, true, StandardCharsets.UTF_8);
        commandLine.setOut(help);
        int status = commandLine.execute(args);
        if (!help.checkError() || watched.failure() == null || ClosedPipe.is(watched.failure())) {
            return status;
        }
        err.println("unhunch: standard output cannot be written (" + watched.failure().getMessage() + ")");
        return status == ExitStatus.OK ? ExitStatus.CANNOT_BE_DONE : status;
    }

    /** As {@link #run(String[], InputStream, OutputStream, PrintWriter)}, with nothing on standard input. */
    static int run(String[] args, OutputStream out, PrintWriter err) {
        return run(args, InputStream.nullInputStream(), out, err);
    }

    static CommandLine commandLine(InputStream in, OutputStream out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new UnhunchCommand());
        CommandLine simulate = new CommandLine(new SimulateCommand(out));
        simulate.getCommandSpec().usageMessage().footer(TraceFormatHelp.TEXT + SettingsOption.helpTable());
        CommandLine run = new CommandLine(new RunCommand(out, in));
        run.getCommandSpec().usageMessage().footer(SettingsOption.helpTable());
        commandLine.addSubcommand(run);
        commandLine.addSubcommand(simulate);
        commandLine.addSubcommand(new CommandLine(new RecordTraceCommand()));
        commandLine.addSubcommand(new CommandLine(new StatsCommand(out)));
        commandLine.addSubcommand(new CommandLine(new ExportCommand(out)));
        commandLine.addSubcommand(new CommandLine(new HistoryCommand()));
        CommandLine settings = new CommandLine(new SettingsCommand(out));
        settings.getCommandSpec().usageMessage().footer(SettingsDocs.helpText().replace("%", "%%")
                .replace("\n", "%n"));
        // settings set sit.limit -5m: a value that starts with '-', never an unknown option.
        settings.setUnmatchedOptionsArePositionalParams(true);
        commandLine.addSubcommand(settings);
        commandLine.addSubcommand(new CommandLine(new PolicyCommand(out)));
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new UnexpectedProblem(System.getenv()));
        return commandLine;
    }
}
