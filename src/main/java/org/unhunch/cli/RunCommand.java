package org.unhunch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.activity.ActivityRecorder;
import org.unhunch.activity.ActivitySource;
import org.unhunch.activity.Ticker;
import org.unhunch.agent.AgentClock;
import org.unhunch.agent.AgentLoop;
import org.unhunch.agent.AgentThread;
import org.unhunch.agent.DataDirectory;
import org.unhunch.agent.ObservationInbox;
import org.unhunch.agent.SingleInstance;
import org.unhunch.sitting.Observation;
import org.unhunch.sitting.SittingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
        name = "run",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs the agent: watches that the keyboard and mouse are used, and says when a break is due.",
            "With --headless there is no tray and no window: the model's events are printed as JSON Lines"
                    + " (the format of 'unhunch simulate', with t in seconds since the start) and answers are"
                    + " read from standard input, one per line: start, done, skip, snooze (and pause, resume).",
            "It runs until it is stopped (Ctrl+C, or SIGTERM), then closes the open session.",
            ""
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:stopped normally, or another agent of this user is already running",
            "1:no way to see activity on this desktop, or run without --headless (not in this build)",
            "2:bad --set or --time-scale",
            "3:no graphical display"
        })
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
    private static final Set<Observation> ANSWERS = Set.of(Observation.START, Observation.DONE, Observation.SKIP,
            Observation.SNOOZE, Observation.PAUSE, Observation.RESUME);

    @Spec
    private CommandSpec spec;

    @Option(names = "--headless", description = "no tray and no windows: events on standard output, answers on"
            + " standard input")
    private boolean headless;

    @Option(names = "--time-scale", paramLabel = "N", defaultValue = "1",
            description = "for demonstrations and tests: the model's clock runs N times faster, so with"
                    + " --set sit.limit=10m --time-scale 60 a break falls due after 10 seconds (default: ${DEFAULT-VALUE})")
    private long timeScale;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "change a model setting, as in 'simulate'")
    private List<String> assignments = new ArrayList<>();

    private final OutputStream out;
    private final InputStream in;

    RunCommand(OutputStream out, InputStream in) {
        this.out = out;
        this.in = in;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        SittingSettings settings;
        try {
            settings = SettingsOption.parse(assignments);
        } catch (IllegalArgumentException e) {
            err.println("unhunch run: bad --set " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        }
        if (timeScale < 1 || timeScale > 10_000) {
            err.println("unhunch run: --time-scale " + timeScale + " is out of range; allowed 1 to 10000");
            return ExitStatus.BAD_INPUT;
        }
        if (!headless) {
            err.println("unhunch run: the tray and break windows are not part of this build yet; use --headless");
            return ExitStatus.AGENT_UNAVAILABLE;
        }
        Path dataDirectory = DataDirectory.forCurrentUser();
        Optional<SingleInstance> instance = SingleInstance.acquire(dataDirectory);
        if (instance.isEmpty()) {
            err.println("unhunch run: Unhunch is already running for this user"
                    + SingleInstance.holder(dataDirectory).map(pid -> " (process " + pid + ")").orElse("")
                    + "; this copy exits and leaves it alone.");
            return ExitStatus.OK;
        }
        try (SingleInstance held = instance.get()) {
            Path log = LoggingSetup.logToFile(dataDirectory, "unhunch");
            LOG.info("Agent starting (headless, time scale {}), log {}", timeScale, log);
            return runHeadless(settings, dataDirectory, err);
        }
    }

    private int runHeadless(SittingSettings settings, Path dataDirectory, PrintWriter err) throws Exception {
        ActivityRecorder recorder = new ActivityRecorder(Ticker.SYSTEM);
        ActivitySource source;
        try {
            source = ActivitySetup.start(dataDirectory, recorder);
        } catch (ActivitySetup.NoActivitySource e) {
            err.println("unhunch run: " + e.getMessage());
            return e.noDisplay() ? ExitStatus.NO_DISPLAY : ExitStatus.AGENT_UNAVAILABLE;
        }
        ObservationInbox inbox = new ObservationInbox(Ticker.SYSTEM);
        EventJsonWriter writer = new EventJsonWriter(out);
        AgentClock clock = new AgentClock(Ticker.SYSTEM, Clock.systemUTC(), timeScale);
        AgentLoop loop = new AgentLoop(settings, recorder, inbox, clock, event -> {
            writer.accept(event);
            flush(writer);
        });
        AgentThread agent = new AgentThread(loop);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            try {
                agent.stopAndWait();
                flush(writer);
                source.close();
                LOG.info("Agent stopped after {} wake-ups", loop.wakeUps());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                stopped.countDown();
            }
        }, "unhunch-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        agent.start();
        readAnswers(inbox, err);
        stopped.await();
        return ExitStatus.OK;
    }

    /** Reads answers from standard input until it ends; the agent goes on after that. */
    private void readAnswers(ObservationInbox inbox, PrintWriter err) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            String word = line.strip().toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                continue;
            }
            Observation answer = Observation.fromWireName(word);
            if (answer == null || !ANSWERS.contains(answer)) {
                err.println("unhunch run: '" + word + "' is not an answer; use start, done, skip, snooze,"
                        + " pause or resume");
                continue;
            }
            inbox.post(answer);
        }
    }

    private static void flush(EventJsonWriter writer) {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
