package org.unhunch.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import org.unhunch.app.Agent;
import org.unhunch.app.AgentOptions;
import org.unhunch.app.AgentStart;
import org.unhunch.app.EventOutput;
import org.unhunch.app.StartRefused;
import org.unhunch.records.BreakLogExport;
import org.unhunch.settings.SettingsStore;
import org.unhunch.sitting.SittingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", sortOptions = false, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Runs the agent: watches that the keyboard and mouse are used, and when a break is due offers it in a small"
                    + " card at the corner of the screen, then guides the chosen routine. The tray icon shows how long"
                    + " you have sat. Its events are also printed as JSON Lines.",
            "With --headless there is no tray and no window: the model's events are printed as JSON Lines (the format"
                    + " of 'unhunch simulate', with t in seconds since the start) and answers are read from standard"
                    + " input, one per line: start, done, skip, snooze (and pause, resume).",
            "It runs until it is stopped (Ctrl+C, SIGTERM or SIGHUP, as a session manager stops it at logout), then"
                    + " closes the open session and exits 0.", ""
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped normally (Quit, Ctrl+C, SIGTERM or SIGHUP), or another agent of this user is"
                + " already running", "1:no way to see activity on this desktop, or the data folder cannot hold the"
                + " agent's lock",
                "2:bad --set, --time-scale or other usage, or an option on a locked setting", "3:no graphical display"})
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    @Option(names = "--headless", description = "no tray and no windows: events on standard output, answers on input")
    private boolean headless;

    @Option(names = "--time-scale", paramLabel = "N", defaultValue = "1", description = "for demonstrations and"
            + " tests: the model's clock runs N times faster (--set sit.limit=10m --time-scale 60: a break is due in"
            + " 10 s); such a run keeps its breaks apart, in time-scaled/breaks.db (default: ${DEFAULT-VALUE})")
    private long timeScale;

    @Mixin
    private SettingsOption settingsOption;

    @Option(names = "--routine", paramLabel = "ID", description = "the routine to guide: mid-back-reset (about 5"
            + " minutes, the default) or quick-reset (about 2 minutes), or an id from --routine-file")
    private String routineId;

    @Option(names = "--routine-file", paramLabel = "FILE", description = "routines of your own (the JSON format of the"
            + " bundled routines.json); a bad file is reported, naming the field or line, and the bundled one is used")
    private Path routineFile;

    private final OutputStream out;
    private final InputStream in;

    RunCommand(OutputStream out, InputStream in) {
        this.out = out;
        this.in = in;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        SettingsStore store = SettingsStore.forThisUser(LoggerFactory.getLogger(RunCommand.class)::warn);
        Optional<SittingSettings> parsed = settingsOption.parse(err, "unhunch run", store);
        if (parsed.isEmpty()) {
            return ExitStatus.BAD_INPUT;
        }
        if (!TimeScale.inRange(timeScale, err, "unhunch run")) {
            return ExitStatus.BAD_INPUT;
        }
        EventJsonWriter writer = new EventJsonWriter(out);
        AgentOptions options = new AgentOptions(headless, timeScale, parsed.get(), settingsOption::applyTo,
                routineFile, routineId, BreakLogExport::writeCsvFile, () -> System.exit(ExitStatus.OK));
        try {
            Agent agent = AgentStart.build(options, store, new EventOutput(writer, writer::flush),
                    note -> err.println("unhunch run: " + note));
            StopHook.install("unhunch-shutdown", agent::stop, ExitStatus.OK);
            agent.start();
            new AnswerReader(in, err).readInto(agent::answer);
            agent.awaitStop();
            return ExitStatus.OK;
        } catch (StartRefused e) {
            err.println("unhunch run: " + e.getMessage());
            return ExitStatus.of(e.reason());
        }
    }
}
