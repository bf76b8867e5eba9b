package org.unhunch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.activity.ActivityRecorder;
import org.unhunch.agent.AgentClock;
import org.unhunch.agent.AgentLoop;
import org.unhunch.agent.FanOutSink;
import org.unhunch.agent.LiveSettings;
import org.unhunch.agent.ObservationInbox;
import org.unhunch.presence.PresenceReadings;
import org.unhunch.records.BreakLog;
import org.unhunch.records.LoggedEvent;
import org.unhunch.records.RoutineProgress;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore.Resolved;
import org.unhunch.sitting.EventType;
import org.unhunch.sitting.Observation;
import org.unhunch.sitting.SittingEvent;

/**
 * The agent, wired: activity and answers in; the loop; each event out to standard output, the
 * break log and the windows, each on its own (one that fails stops alone). Built by
 * {@link AgentStart} from the real things, or by a test from fakes; started once, stopped once.
 */
public final class Agent {

    private static final Logger LOG = LoggerFactory.getLogger(Agent.class);

    /**
     * What the agent is made of.
     *
     * @param routines     the routine the settings name
     * @param startAtLogin keeps the login entry in line with the settings
     * @param presence     what the platform says about the person (screen lock, engagement, busy), posting
     *                     to the inbox and asked by the loop; closed at the stop
     * @param windows      the tray and windows, or empty for a headless agent
     * @param lock         the agent's single-instance lock, released last
     */
    record Parts(ActivityRecorder recorder, ActivitySetup.Started activity, PresenceReadings presence, ObservationInbox inbox,
                 AgentClock clock, ZoneId zone, LiveSettings live, BreakLog breakLog, EventOutput output,
                 Function<Map<Setting, Resolved>, RoutineChoice.Plan> routines,
                 Consumer<Map<Setting, Resolved>> startAtLogin, Optional<Windows.Factory> windows,
                 Function<AgentLoop, LoopRunner> runner, AutoCloseable lock) {
    }

    private final Parts parts;
    private final AgentLoop loop;
    private final Optional<Windows> windows;
    private final LoopRunner runner;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile RoutineChoice.Plan routine;
    /** The id of the routine under way, from its start to its end; touched on the loop's thread alone. */
    private String routineUnderWay;

    Agent(Parts parts) {
        this.parts = parts;
        this.routine = parts.routines().apply(parts.live().values());
        FanOutSink sinks = new FanOutSink()
                .add("printing events on standard output", this::print)
                .addWithProgress("the break log", this::record);
        loop = new AgentLoop(parts.live(), parts.recorder(), parts.inbox(), parts.clock(), sinks);
        loop.readPresenceWith(parts.presence());
        loop.readActivityWith(parts.activity().asked());
        windows = parts.windows().map(factory -> factory.build(loop::status, routine));
        windows.ifPresent(shown -> {
            sinks.add("the windows", shown);
            loop.onStatusChange(shown::statusChanged);
        });
        parts.live().wakeOnChange(loop::wakeSoon);
        parts.startAtLogin().accept(parts.live().values());
        parts.live().onChange(this::settingsChanged);
        runner = parts.runner().apply(loop);
    }

    /** Shows the windows and starts the loop. */
    public void start() {
        windows.ifPresent(Windows::start);
        runner.start();
    }

    /** An answer from standard input (start, done, skip, snooze, pause, resume). Any thread. */
    public void answer(Observation answer) {
        parts.inbox().post(answer);
    }

    /**
     * Stops, in this order: the loop (its last wake-up closes the open session and logs it), the
     * printing of events, the break log, the activity source, the presence sources, the lock.
     * Then {@link #awaitStop} returns.
     */
    public void stop() {
        try {
            runner.stopAndWait();
            flushQuietly();
            parts.breakLog().close();
            parts.activity().source().close();
            closeQuietly(parts.presence(), "The presence sources");
            LOG.info("Agent stopped after {} wake-ups", loop.wakeUps());
            releaseLock();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }

    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private void settingsChanged(Map<Setting, Resolved> values) {
        LOG.info("Settings changed; the agent uses them from now on");
        routine = parts.routines().apply(values);
        parts.startAtLogin().accept(values);
        windows.ifPresent(shown -> shown.settingsChanged(parts.live().modelSettings(values), values, routine));
    }

    private void print(SittingEvent event) {
        parts.output().print().accept(event);
        try {
            parts.output().flush().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void record(SittingEvent event, Optional<RoutineProgress> progress) {
        if (event.type() == EventType.ROUTINE_STARTED) {
            routineUnderWay = routine.routine().id();
        }
        // The routine that ends is the one that started, though the settings may name another by now.
        String routineId = routineUnderWay != null ? routineUnderWay : routine.routine().id();
        if (event.type() == EventType.BREAK_DONE || event.type() == EventType.BREAK_PARTIAL) {
            routineUnderWay = null;
        }
        LoggedEvent logged = LoggedEvent.of(event,
                t -> OffsetDateTime.ofInstant(parts.clock().wallTimeOf(t), parts.zone()), routineId);
        parts.breakLog().record(progress.map(logged::withProgress).orElse(logged));
    }

    private void releaseLock() {
        closeQuietly(parts.lock(), "The agent's lock");
    }

    private static void closeQuietly(AutoCloseable closing, String what) {
        try {
            closing.close();
        } catch (Exception e) {
            LOG.info("{} cannot be released ({}); it goes with the process", what, e.getMessage());
        }
    }

    /** At the stop: an output that cannot be written has stopped the printing already, and said so. */
    private void flushQuietly() {
        try {
            parts.output().flush().flush();
        } catch (IOException e) {
            LOG.debug("Standard output cannot be flushed at the stop ({})", e.getMessage());
        }
    }
}
