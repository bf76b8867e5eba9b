package org.unhunch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.activity.ActivityRecorder;
import org.unhunch.activity.ActivitySource;
import org.unhunch.activity.Ticker;
import org.unhunch.agent.AgentClock;
import org.unhunch.agent.AgentLoop;
import org.unhunch.agent.AgentThread;
import org.unhunch.agent.BootClock;
import org.unhunch.agent.DataDirectory;
import org.unhunch.agent.FanOutSink;
import org.unhunch.agent.LiveSettings;
import org.unhunch.agent.ObservationInbox;
import org.unhunch.agent.PrivateDataFolder;
import org.unhunch.agent.SingleInstance;
import org.unhunch.records.BreakLog;
import org.unhunch.records.LoggedEvent;
import org.unhunch.records.RoutineProgress;
import org.unhunch.records.SqliteBreakLog;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import org.unhunch.sitting.EventType;
import org.unhunch.sitting.SittingSettings;
import org.unhunch.ui.DesktopPresenter;
import org.unhunch.ui.HistoryWindow;
import org.unhunch.ui.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
        name = "run",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs the agent: watches that the keyboard and mouse are used, and when a break is due offers"
                    + " it in a small card at the corner of the screen, then guides the mid-back reset. The tray"
                    + " icon shows how long you have sat. Its events are also printed as JSON Lines.",
            "With --headless there is no tray and no window: the model's events are printed as JSON Lines"
                    + " (the format of 'unhunch simulate', with t in seconds since the start) and answers are"
                    + " read from standard input, one per line: start, done, skip, snooze (and pause, resume).",
            "It runs until it is stopped (Ctrl+C, SIGTERM or SIGHUP, as a session manager stops it at logout),"
                    + " then closes the open session and exits 0.",
            ""
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:stopped normally (Quit, Ctrl+C, SIGTERM or SIGHUP), or another agent of this user is already"
                    + " running",
            "1:no way to see activity on this desktop, or the data folder cannot hold the agent's lock",
            "2:bad --set, --time-scale or other usage",
            "3:no graphical display"
        })
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--headless", description = "no tray and no windows: events on standard output, answers on"
            + " standard input")
    private boolean headless;

    @Option(names = "--time-scale", paramLabel = "N", defaultValue = "1",
            description = "for demonstrations and tests: the model's clock runs N times faster, so with"
                    + " --set sit.limit=10m --time-scale 60 a break falls due after 10 seconds (default: ${DEFAULT-VALUE})")
    private long timeScale;

    @Mixin
    private SettingsOption settingsOption;

    @Option(names = "--routine", paramLabel = "ID",
            description = "the routine to guide: mid-back-reset (about 5 minutes, the default) or quick-reset"
                    + " (about 2 minutes), or an id from --routine-file")
    private String routineId;

    @Option(names = "--routine-file", paramLabel = "FILE",
            description = "routines of your own (the JSON format of the bundled routines.json); a bad file is"
                    + " reported, naming the field or line, and the bundled routine is used")
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
        SettingsStore store = SettingsStore.forThisUser(LOG::warn);
        Optional<SittingSettings> parsed = settingsOption.parse(err, "unhunch run", store);
        if (parsed.isEmpty()) {
            return ExitStatus.BAD_INPUT;
        }
        SittingSettings settings = parsed.get();
        if (timeScale < 1 || timeScale > 10_000) {
            err.println("unhunch run: --time-scale " + timeScale + " is out of range; allowed 1 to 10000");
            return ExitStatus.BAD_INPUT;
        }
        Path dataDirectory = DataDirectory.forCurrentUser();
        Optional<SingleInstance> instance;
        try {
            instance = SingleInstance.acquire(dataDirectory);
        } catch (IOException e) {
            err.println("unhunch run: cannot take the agent's lock in " + dataDirectory + " (" + e.getMessage()
                    + "); set UNHUNCH_DATA_DIR to a local folder you can write");
            return ExitStatus.CANNOT_BE_DONE;
        }
        if (instance.isEmpty()) {
            err.println("unhunch run: Unhunch is already running for this user"
                    + SingleInstance.holder(dataDirectory).map(pid -> " (process " + pid + ")").orElse("")
                    + "; this copy exits and leaves it alone.");
            return ExitStatus.OK;
        }
        try (SingleInstance held = instance.get()) {
            Path log = LoggingSetup.logToFile(dataDirectory, "unhunch");
            held.notes().forEach(LOG::warn);
            PrivateDataFolder.repair(dataDirectory, LOG::warn);
            // AWT throws on its own threads now and then (a tray host restarting): into the log, not onto a terminal.
            Thread.setDefaultUncaughtExceptionHandler((thread, problem) ->
                    LOG.warn("Unexpected problem on thread {} (Unhunch goes on)", thread.getName(), problem));
            LOG.info("Agent starting ({}, time scale {}), log {}", headless ? "headless" : "tray and windows",
                    timeScale, log);
            return runAgent(settings, store, dataDirectory, log, err);
        }
    }

    private int runAgent(SittingSettings settings, SettingsStore store, Path dataDirectory, Path log, PrintWriter err)
            throws Exception {
        ActivityRecorder recorder = new ActivityRecorder(Ticker.SYSTEM);
        ActivitySource source;
        try {
            source = ActivitySetup.start(dataDirectory, recorder);
        } catch (ActivitySetup.NoActivitySource e) {
            err.println("unhunch run: " + e.getMessage());
            return e.noDisplay() ? ExitStatus.NO_DISPLAY : ExitStatus.CANNOT_BE_DONE;
        }
        ObservationInbox inbox = new ObservationInbox(Ticker.SYSTEM);
        EventJsonWriter writer = new EventJsonWriter(out);
        AgentClock clock = new AgentClock(Ticker.SYSTEM, Clock.systemUTC(), BootClock.forThisPlatform(), timeScale);
        LOG.info("Screen lock is not detected on this platform yet: a prompt that falls due while the screen is"
                + " locked may show on the lock screen's desktop");
        ZoneId zone = ZoneId.systemDefault();
        LiveSettings live = new LiveSettings(store, base -> withCommandLine(base, settings), zone);
        useLanguage(live.value(Setting.LANGUAGE));
        AtomicReference<RoutineChoice.Plan> routine = new AtomicReference<>(RoutineChoice.plan(routineFile, routineId,
                live.values()));
        BreakLog breakLog = openBreakLog(dataDirectory,
                Duration.ofDays(Long.parseLong(live.value(Setting.RETENTION_DAYS))));
        AtomicReference<AgentLoop> loopRef = new AtomicReference<>();
        AtomicReference<RoutineProgress> routineProgress = new AtomicReference<>();
        DesktopPresenter presenter = headless ? null : desktop(settings, live, inbox, loopRef, log, routine.get(),
                breakLog, routineProgress::set);
        FanOutSink sinks = new FanOutSink().add("printing events on standard output", event -> {
            writer.accept(event);
            flush(writer);
        });
        sinks.add("the break log", event -> {
            LoggedEvent logged = LoggedEvent.of(event, t -> OffsetDateTime.ofInstant(clock.wallTimeOf(t), zone),
                    routine.get().routine().id());
            boolean routineEnded = event.type() == EventType.BREAK_DONE || event.type() == EventType.BREAK_PARTIAL;
            RoutineProgress progress = routineEnded ? routineProgress.getAndSet(null) : null;
            breakLog.record(progress == null ? logged : logged.withProgress(progress));
        });
        if (presenter != null) {
            sinks.add("the windows", presenter::accept);
        }
        AgentLoop loop = new AgentLoop(live, recorder, inbox, clock, sinks);
        loopRef.set(loop);
        live.wakeOnChange(loop::wakeSoon);
        StartAtLoginSetup.apply(live.values());
        live.onChange(values -> {
            LOG.info("Settings changed; the agent uses them from now on");
            routine.set(RoutineChoice.plan(routineFile, routineId, values));
            StartAtLoginSetup.apply(values);
            if (presenter != null) {
                presenter.settingsChanged(live.modelSettings(values), values, routine.get().routine(),
                        routine.get().steps());
            }
        });
        if (presenter != null) {
            loop.onStatusChange(presenter::statusChanged);
            presenter.start();
        }
        AgentThread agent = new AgentThread(loop);
        CountDownLatch stopped = new CountDownLatch(1);
        StopHook.install("unhunch-shutdown", () -> {
            try {
                agent.stopAndWait();
                flushQuietly(writer);
                breakLog.close();
                source.close();
                LOG.info("Agent stopped after {} wake-ups", loop.wakeUps());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                stopped.countDown();
            }
            return ExitStatus.OK;
        });
        agent.start();
        new AnswerReader(in, err).readInto(inbox::post);
        stopped.await();
        return ExitStatus.OK;
    }

    /** The store's model settings with this run's --set values on top (checked at start, so they apply). */
    private SittingSettings withCommandLine(SittingSettings base, SittingSettings atStart) {
        try {
            return settingsOption.applyTo(base);
        } catch (IllegalArgumentException e) {
            return atStart;
        }
    }

    /** The {@code language} setting: the words on screen come from that language's messages. */
    private static void useLanguage(String language) {
        if (!language.equals("system")) {
            Locale.setDefault(Locale.forLanguageTag(language));
        }
    }

    /** The break log in the data folder; one that cannot be opened yet keeps the events in memory until it can. */
    private static BreakLog openBreakLog(Path dataDirectory, Duration retention) {
        return SqliteBreakLog.openWhenItCan(dataDirectory, Clock.systemUTC(), retention, LOG::warn);
    }

    private DesktopPresenter desktop(SittingSettings settings, LiveSettings live, ObservationInbox inbox,
                                     AtomicReference<AgentLoop> loop, Path log, RoutineChoice.Plan routine,
                                     BreakLog breakLog, java.util.function.Consumer<RoutineProgress> progress) {
        Theme.install(live.value(Setting.THEME));
        DesktopPresenter.Wiring wiring = new DesktopPresenter.Wiring(inbox, () -> loop.get().status(), Ticker.SYSTEM,
                timeScale, live.store(), log,
                () -> new HistoryWindow(breakLog::read, HistoryCommand::exportCsv,
                        live.modelSettings(live.values()).sitLimit(), true),
                () -> System.exit(ExitStatus.OK), progress);
        return new DesktopPresenter(wiring, settings, live.values(), routine.routine(), routine.steps());
    }

    /** At the stop: an output that cannot be written has stopped the printing already, and said so. */
    private static void flushQuietly(EventJsonWriter writer) {
        try {
            writer.flush();
        } catch (IOException e) {
            LOG.debug("Standard output cannot be flushed at the stop ({})", e.getMessage());
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
