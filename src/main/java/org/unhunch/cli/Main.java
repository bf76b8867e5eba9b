package org.unhunch.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.unhunch.app.TrayIconFirst;
import org.unhunch.settings.SettingsDocs;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/** The {@code unhunch} command line: {@code java -jar unhunch.jar [COMMAND] [ARGS]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (startsTheTrayAgent(args)) {
            TrayIconFirst.show();
        }
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
        CommandLine commandLine = commandLine(args, in, out, err);
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

    /**
     * The tray agent is what these start: no arguments, or {@code run} without {@code --headless},
     * help or version. Its icon goes up first, before the command line is even parsed.
     */
    static boolean startsTheTrayAgent(String[] args) {
        if (args.length == 0) {
            return true;
        }
        return args[0].equals("run") && Arrays.stream(args).noneMatch(
                arg -> Set.of("--headless", "-h", "--help", "-V", "--version").contains(arg));
    }

    /** Every command, in the order of the help, each made when the command line needs it. */
    private static Map<String, Supplier<CommandLine>> commands(InputStream in, OutputStream out) {
        Map<String, Supplier<CommandLine>> commands = new LinkedHashMap<>();
        commands.put("run", () -> {
            CommandLine run = new CommandLine(new RunCommand(out, in));
            run.getCommandSpec().usageMessage().footer(SettingsOption.helpTable());
            return run;
        });
        commands.put("simulate", () -> {
            CommandLine simulate = new CommandLine(new SimulateCommand(out));
            simulate.getCommandSpec().usageMessage().footer(TraceFormatHelp.TEXT + SettingsOption.helpTable());
            return simulate;
        });
        commands.put("record-trace", () -> new CommandLine(new RecordTraceCommand()));
        commands.put("stats", () -> new CommandLine(new StatsCommand(out)));
        commands.put("export", () -> new CommandLine(new ExportCommand(out)));
        commands.put("history", () -> new CommandLine(new HistoryCommand()));
        commands.put("demo", () -> new CommandLine(new DemoCommand()));
        commands.put("settings", () -> {
            CommandLine settings = new CommandLine(new SettingsCommand(out));
            settings.getCommandSpec().usageMessage().footer(SettingsDocs.helpText().replace("%", "%%")
                    .replace("\n", "%n"));
            // settings set sit.limit -5m: a value that starts with '-', never an unknown option.
            settings.setUnmatchedOptionsArePositionalParams(true);
            return settings;
        });
        commands.put("policy", () -> new CommandLine(new PolicyCommand(out)));
        return commands;
    }

    /**
     * The command line for {@code args}: with only the command they name where they name one (and
     * {@code run} where they are empty), as building every command's model costs the agent's start
     * about half a second; with all of them otherwise (help, a version, a mistyped command).
     */
    static CommandLine commandLine(String[] args, InputStream in, OutputStream out, PrintWriter err) {
        Map<String, Supplier<CommandLine>> commands = commands(in, out);
        String named = args.length == 0 ? "run" : args[0];
        CommandLine commandLine = new CommandLine(new UnhunchCommand());
        commands.forEach((name, command) -> {
            if (!commands.containsKey(named) || name.equals(named)) {
                commandLine.addSubcommand(command.get());
            }
        });
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new UnexpectedProblem(System.getenv()));
        return commandLine;
    }
}
