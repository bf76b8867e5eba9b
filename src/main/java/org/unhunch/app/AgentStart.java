package org.unhunch.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.activity.ActivityRecorder;
import org.unhunch.activity.Ticker;
import org.unhunch.agent.AgentClock;
import org.unhunch.agent.BootClock;
import org.unhunch.agent.DataDirectory;
import org.unhunch.agent.LiveSettings;
import org.unhunch.agent.ObservationInbox;
import org.unhunch.agent.PrivateDataFolder;
import org.unhunch.agent.SingleInstance;
import org.unhunch.presence.PresenceReadings;
import org.unhunch.presence.PlatformSources;
import org.unhunch.records.BreakLog;
import org.unhunch.records.SqliteLibraryFolder;
import org.unhunch.settings.InvalidSettingException;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;

/**
 * The composition root: builds the agent from the real things — the display, the data folder and
 * its lock, the log file, the activity source, the clocks, the live settings, the break log and the
 * windows. A start that is refused for a routine the organisation locked or for lack of a display
 * touches nothing; one refused later says why in the log.
 */
public final class AgentStart {

    private static final Logger LOG = LoggerFactory.getLogger(AgentStart.class);

    private final Supplier<Optional<String>> displayProblem;

    /** @param displayProblem why there is no usable display, or empty ({@link DisplayCheck#problem}) */
    AgentStart(Supplier<Optional<String>> displayProblem) {
        this.displayProblem = displayProblem;
    }

    /**
     * The agent, built and not yet started.
     *
     * @param tell what the person at the terminal should know (said on standard error)
     */
    public static Agent build(AgentOptions options, SettingsStore store, EventOutput output, Consumer<String> tell)
            throws StartRefused {
        return new AgentStart(DisplayCheck::problem).agent(options, store, output, tell);
    }

    Agent agent(AgentOptions options, SettingsStore store, EventOutput output, Consumer<String> tell)
            throws StartRefused {
        try {
            RoutineChoice.requireNotLocked(options.routineFile(), options.routineId(), store.all());
        } catch (InvalidSettingException e) {
            throw new StartRefused(StartRefused.Reason.BAD_INPUT, e.getMessage());
        }
        ActivitySetup.requireDisplay(displayProblem.get());
        Path dataDirectory = DataDirectory.forCurrentUser();
        SingleInstance instance = lock(dataDirectory);
        AutoCloseable lock = releasingLibraryFolderThenLock(dataDirectory, instance);
        try {
            Path logFile = LoggingSetup.logToFile(dataDirectory, "unhunch");
            instance.notes().forEach(LOG::warn);
            PrivateDataFolder.repair(dataDirectory, LOG::warn);
            // AWT throws on its own threads now and then (a tray host restarting): into the log, not onto a terminal.
            Thread.setDefaultUncaughtExceptionHandler((thread, problem) ->
                    LOG.warn("Unexpected problem on thread {} (Unhunch goes on)", thread.getName(), problem));
            LOG.info("Agent starting ({}, time scale {}), log {}", options.headless() ? "headless" : "tray and windows",
                    options.timeScale(), logFile);
            return assemble(options, store, output, tell, dataDirectory, logFile, lock);
        } catch (StartRefused | RuntimeException e) {
            LOG.info("The agent does not start: {}", e.getMessage());
            closeQuietly(lock);
            throw e;
        }
    }

    private Agent assemble(AgentOptions options, SettingsStore store, EventOutput output, Consumer<String> tell,
                           Path dataDirectory, Path logFile, AutoCloseable lock) throws StartRefused {
        ZoneId zone = ZoneId.systemDefault();
        LiveSettings live = new LiveSettings(store, new CommandLineSettings(options.commandLine(), options.atStart()),
                zone);
        ActivityRecorder recorder = new ActivityRecorder(Ticker.SYSTEM);
        ActivitySetup.Started activity = ActivitySetup.start(dataDirectory, store.get(Setting.ACTIVITY_SOURCE), recorder);
        tell.accept(activity.inUse());
        ObservationInbox inbox = new ObservationInbox(Ticker.SYSTEM);
        AgentClock clock = new AgentClock(Ticker.SYSTEM, Clock.systemUTC(), BootClock.forThisPlatform(),
                options.timeScale());
        useLanguage(live.value(Setting.LANGUAGE));
        BreakLog breakLog = BreakLogs.forRun(dataDirectory, options.timeScale(),
                Duration.ofDays(Long.parseLong(live.value(Setting.RETENTION_DAYS))), tell);
        Optional<Windows.Factory> windows = options.headless() ? Optional.empty()
                : Optional.of(DesktopWindows.factory(options, live, inbox, breakLog, logFile, activity.inUse()));
        String osName = System.getProperty("os.name");
        PresenceReadings presence = PresenceSetup.presence(osName, PlatformSources.forOs(osName, System.getenv()),
                PresenceSetup.Choices.from(live::value), inbox::post, PresenceSetup::onItsOwnThread);
        return new Agent(new Agent.Parts(recorder, activity, presence, inbox, clock, zone, live, breakLog, output,
                values -> RoutineChoice.plan(options.routineFile(), options.routineId(), values),
                StartAtLoginSetup::apply, windows, LoopRunner::onItsOwnThread, lock));
    }

    private static SingleInstance lock(Path dataDirectory) throws StartRefused {
        Optional<SingleInstance> instance;
        try {
            instance = SingleInstance.acquire(dataDirectory);
        } catch (IOException e) {
            throw new StartRefused(StartRefused.Reason.CANNOT_BE_DONE, "cannot take the agent's lock in "
                    + dataDirectory + " (" + e.getMessage() + "); set UNHUNCH_DATA_DIR to a local folder you can write");
        }
        return instance.orElseThrow(() -> new StartRefused(StartRefused.Reason.ALREADY_RUNNING,
                "Unhunch is already running for this user"
                        + SingleInstance.holder(dataDirectory).map(pid -> " (process " + pid + ")").orElse("")
                        + "; this copy exits and leaves it alone."));
    }

    /**
     * SQLite's library goes into this agent's own folder in {@code native/}, taken only once the lock
     * is held; what the agent releases at its stop deletes that folder, then releases the lock.
     */
    private static AutoCloseable releasingLibraryFolderThenLock(Path dataDirectory, SingleInstance lock) {
        AutoCloseable libraryFolder = SqliteLibraryFolder.useForThisProcess(
                dataDirectory.resolve(DataDirectory.NATIVE));
        return () -> {
            try {
                libraryFolder.close();
            } finally {
                lock.close();
            }
        };
    }

    /** The {@code language} setting: the words on screen come from that language's messages. */
    private static void useLanguage(String language) {
        if (!language.equals("system")) {
            Locale.setDefault(Locale.forLanguageTag(language));
        }
    }

    private static void closeQuietly(AutoCloseable lock) {
        try {
            lock.close();
        } catch (Exception e) {
            LOG.debug("The agent's lock cannot be released ({})", e.getMessage());
        }
    }
}
