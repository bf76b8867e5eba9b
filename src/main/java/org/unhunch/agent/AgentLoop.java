package org.unhunch.agent;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.unhunch.activity.ActivityKind;
import org.unhunch.activity.ActivityRecorder;
import org.unhunch.activity.ActivityWindow;
import org.unhunch.activity.AskedActivity;
import org.unhunch.presence.PresenceReadings;
import org.unhunch.presence.Signal;
import org.unhunch.records.RoutineProgress;
import org.unhunch.sitting.BreakFlow;
import org.unhunch.sitting.EventType;
import org.unhunch.sitting.Observation;
import org.unhunch.sitting.SittingEvent;
import org.unhunch.sitting.SittingModel;
import org.unhunch.sitting.SittingSettings;

/**
 * One wake-up of the live agent, and how long to sleep after it. Owned by one thread. On each
 * {@link #wake()} it reads the clock, drains the activity recorder (first and latest activity of
 * each kind, so session starts and idle gaps stay exact) and the inbox, feeds the model in time
 * order, and lets time pass to now. It then sleeps until the model's next deadline — at most
 * {@link #MAX_SLEEP} — and only a person coming back to the desk (activity while away) or a posted
 * answer wakes it earlier. No fixed polling: the platform's facts that must be asked for (a call, a
 * full-screen window) are read just before the model decides (see {@link SittingModel#nextDecision()}),
 * and again within {@link PresenceReadings#READ_AGAIN_WITHIN} only while one of them is on and the
 * person is engaged or a prompt is held.
 */
public final class AgentLoop {

    /**
     * The longest sleep: settings another process wrote (a pushed policy, {@code settings set}) are
     * read at the next wake-up, and the README promises them within five minutes, so this leaves a
     * minute for a wake-up that comes late on a busy machine; a machine's sleep is noticed within
     * this much awake time too.
     */
    public static final Duration MAX_SLEEP = Duration.ofMinutes(4);

    /** @param progress what the answer carried (see {@link ObservationInbox.Posted}), or null */
    private record Timed(long agentTime, Observation observation, RoutineProgress progress) {
    }

    private final SittingModel model;
    private final Supplier<AgentSettings> settings;
    private final PauseReasons pauses = new PauseReasons();
    private SittingSettings applied;
    private final ActivityRecorder recorder;
    private final ObservationInbox inbox;
    private final AgentClock clock;
    private volatile boolean wakeOnActivity = true;
    private volatile Runnable wakeUp = () -> { };
    private volatile AgentStatus status = AgentStatus.STARTING;
    private volatile Runnable statusChanged = () -> { };
    private PresenceReadings presence = PresenceReadings.NONE;
    private AskedActivity idleTime = AskedActivity.NONE;
    /** Whether the platform watches for the pause a due prompt waits for (see {@link #typedOnUntil}). */
    private boolean pauseWatched;
    private final LongHold longHold = new LongHold();
    /** The ticker reading by which the asked facts are read again; {@link #NO_READ} while none is on. */
    private long readAgainAt = NO_READ;
    private static final long NO_READ = Long.MIN_VALUE;
    private long wakeUps;
    /** What the observation being fed to the model carried; read and written on the loop's thread only. */
    private RoutineProgress answerProgress;

    /**
     * @param settings read at start and at every wake-up (a changed value reaches the model there, at
     *                 the model's current time); {@link #wakeSoon()} brings that wake-up forward
     */
    public AgentLoop(Supplier<AgentSettings> settings, ActivityRecorder recorder, ObservationInbox inbox,
                     AgentClock clock, AgentEventSink events) {
        this.settings = settings;
        this.applied = settings.get().model();
        this.model = new SittingModel(applied, event -> events.accept(event, routineEnd(event)
                ? Optional.ofNullable(answerProgress) : Optional.empty()));
        this.recorder = recorder;
        this.inbox = inbox;
        this.clock = clock;
        recorder.onFirstActivity(() -> {
            if (wakeOnActivity) {
                wakeUp.run();
            }
        });
        inbox.onPost(() -> wakeUp.run());
    }

    /** Brings the next wake-up forward, so changed settings are read now. Any thread. */
    public void wakeSoon() {
        wakeUp.run();
    }

    /**
     * Run on the loop's thread when a wake-up changed the flow, the pause, the hold, the due time or
     * the screen lock (for the tray, and the prompt card that a locked screen must not show).
     */
    public void onStatusChange(Runnable statusChanged) {
        this.statusChanged = statusChanged;
    }

    /** What the loop asks of the platform's presence signals; set before the loop's thread starts. */
    public void readPresenceWith(PresenceReadings presence) {
        this.presence = presence;
    }

    /** What the loop asks of an activity source that must be read (the platform's idle time); set before the loop's thread starts. */
    public void readActivityWith(AskedActivity activity) {
        this.idleTime = activity;
    }

    /** What to run to bring the next wake-up forward (unparking the loop's thread). */
    public void wakeUpWith(Runnable wakeUp) {
        this.wakeUp = wakeUp;
    }

    /**
     * One wake-up.
     *
     * @return ticker nanoseconds to sleep before the next one
     */
    public long wake() {
        wakeUps++;
        // Read before the clock, so what it records falls inside this wake-up's window.
        wakeOnActivity = false;
        idleTime.readNow();
        ClockWindow window = clock.advance();
        // Across a sleep the pause watch told nothing: the typing it vouched for ended before it.
        pauseWatched &= !window.suspended();
        List<Timed> observations = new ArrayList<>();
        ActivityWindow activity = recorder.drain();
        for (ActivityKind kind : ActivityKind.values()) {
            long first = activity.first(kind);
            if (first == ActivityRecorder.NONE) {
                continue;
            }
            observations.add(new Timed(window.agentTime(first, activity.firstWallMillis(kind)), kind.observation(), null));
            long latest = activity.latest(kind);
            if (latest != first) {
                observations.add(new Timed(window.agentTime(latest, ActivityRecorder.NONE), kind.observation(), null));
            }
        }
        for (ObservationInbox.Posted posted : inbox.drain()) {
            observations.add(new Timed(window.agentTime(posted.ticker(), ActivityRecorder.NONE), posted.observation(),
                    posted.progress()));
        }
        feedAskingPresence(observations, window);
        long now = Math.max(window.toAgent(), model.now());
        model.advanceTo(now);
        AgentSettings current = settings.get();
        if (!current.model().equals(applied)) {
            applied = current.model();
            model.reconfigure(applied);
            model.advanceTo(now);
        }
        ZonedDateTime wallNow = clock.wallNow().atZone(current.zone());
        pauses.outsideHours(!current.workingHours().contains(wallNow)).ifPresent(change -> model.observe(change, now));
        AgentStatus before = status;
        Set<Signal> heldFor = model.isHeld() ? presence.busyBecause() : Set.of();
        status = new AgentStatus(model.now(), window.toTicker(), clock.timeScale(), model.flow(), model.isPaused(),
                model.isHeld(), heldFor, model.sessionStart(), model.breakDue(), model.isLocked());
        if (before.flow() != status.flow() || before.paused() != status.paused() || before.held() != status.held()
                || !before.heldFor().equals(status.heldFor())
                || !before.breakDue().equals(status.breakDue()) || before.locked() != status.locked()) {
            statusChanged.run();
        }
        longHold.look(status);
        wakeOnActivity = model.flow() == BreakFlow.AWAY;
        idleTime.watchForReturn(wakeOnActivity && !model.isLocked());
        if (wakeOnActivity && recorder.hasActivity()) {
            // Activity recorded since the drain found no one to wake: look at it now.
            return 0;
        }
        OptionalLong deadline = nextDeadline(current);
        long sleep = deadline.isPresent() ? clock.tickerNanosUntil(deadline.getAsLong()) : Long.MAX_VALUE;
        long hoursChange = Duration.between(wallNow, current.workingHours().nextChange(wallNow)).toNanos();
        return Math.min(Math.min(Math.min(sleep, hoursChange), untilReadAgain(window.toTicker())), MAX_SLEEP.toNanos());
    }

    /**
     * The model's next deadline; while a due prompt waits for a pause in typing and the platform
     * tells of that pause, the pause wakes the loop and the deadline is the latest the prompt may
     * wait.
     */
    private OptionalLong nextDeadline(AgentSettings current) {
        Duration pause = current.model().promptPause();
        pauseWatched = model.waitsForPause() && !pause.isZero() && idleTime.watchForQuiet(pause, wakeUp);
        if (pauseWatched) {
            return model.nextDeadlineBarPause();
        }
        idleTime.endQuietWatch();
        return model.nextDeadline();
    }

    /**
     * While the platform watches for the pause a due prompt waits for, a reading of the latest input
     * means the person typed on until it with no such pause (one would have woken the loop), though
     * the model saw nothing between readings: it is told of input just before each pause it would
     * otherwise find, up to {@code input}.
     */
    private void typedOnUntil(long input) {
        while (model.waitsForPause()) {
            long pauseEnds = model.nextDeadline().getAsLong();
            if (pauseEnds > input || pauseEnds >= model.nextDeadlineBarPause().getAsLong()) {
                return;
            }
            model.observe(Observation.INPUT, Math.max(model.now(), pauseEnds - 1));
        }
    }

    /**
     * Feeds what was drained in time order, asking the platform's facts before the first observation
     * at or after the model's next decision (a late wake-up must not let activity that came after an
     * idle deadline or a due time fire it unasked), or after them all when none is.
     */
    private void feedAskingPresence(List<Timed> observations, ClockWindow window) {
        observations.sort(Comparator.comparingLong(Timed::agentTime));
        boolean asked = false;
        for (Timed timed : observations) {
            if (!asked) {
                OptionalLong decision = model.nextDecision();
                if (decision.isPresent() && decision.getAsLong() <= timed.agentTime()) {
                    feed(readPresence(window));
                    asked = true;
                }
            }
            feed(timed);
        }
        if (!asked) {
            feed(readPresence(window));
        }
    }

    private void feed(List<Timed> observations) {
        observations.sort(Comparator.comparingLong(Timed::agentTime));
        for (Timed timed : observations) {
            feed(timed);
        }
    }

    private void feed(Timed timed) {
        Optional<Observation> observation = timed.observation() == Observation.PAUSE
                || timed.observation() == Observation.RESUME
                ? pauses.person(timed.observation()) : Optional.of(timed.observation());
        if (pauseWatched && timed.observation() == Observation.INPUT) {
            typedOnUntil(timed.agentTime());
        }
        answerProgress = timed.progress();
        // A reading racing with the previous drain can come a hair before the model's time.
        observation.ifPresent(seen -> model.observe(seen, Math.max(timed.agentTime(), model.now())));
        answerProgress = null;
    }

    /**
     * Asks the platform's facts when the model is about to decide (what they say is taken as said
     * just before that moment, so a call under way keeps the session open) or while the prompt is
     * open, or, when those that are on are due to be read again, those alone. Called once what was drained before the decision has
     * reached the model, so activity that moved a deadline is known.
     *
     * @return what they said that changed
     */
    private List<Timed> readPresence(ClockWindow window) {
        OptionalLong decision = model.nextDecision();
        boolean decides = decision.isPresent() && decision.getAsLong() <= window.toAgent();
        boolean again = readAgainAt != NO_READ && window.toTicker() - readAgainAt >= 0;
        List<Timed> observations = new ArrayList<>();
        if (!decides && !again) {
            return observations;
        }
        if (decides || model.flow() == BreakFlow.PROMPT) {
            presence.readNow();
        } else {
            presence.readThoseOn();
        }
        for (ObservationInbox.Posted posted : inbox.drain()) {
            long at = window.agentTime(posted.ticker(), ActivityRecorder.NONE);
            if (decides) {
                at = Math.min(at, decision.getAsLong() - 1);
            }
            observations.add(new Timed(at, posted.observation(), posted.progress()));
        }
        readAgainAt = NO_READ;
        return observations;
    }

    /**
     * Ticker nanoseconds until the asked facts must be read again, scheduling that read while one is
     * on and its end would change something: the person is engaged (a call's end starts the quiet
     * spell) or a prompt is held (its end frees the prompt); and while the prompt is open, when a call
     * or full screen starting must close it (every source is read then). Otherwise the next decision
     * reads them.
     */
    private long untilReadAgain(long tickerNow) {
        boolean promptOpen = model.flow() == BreakFlow.PROMPT;
        if (!promptOpen && (!presence.readAgainSoon() || !(model.isEngaged() || model.isHeld()))) {
            readAgainAt = NO_READ;
            return Long.MAX_VALUE;
        }
        if (readAgainAt == NO_READ) {
            readAgainAt = tickerNow + PresenceReadings.READ_AGAIN_WITHIN.toNanos();
        }
        return Math.max(0, readAgainAt - tickerNow);
    }

    private static boolean routineEnd(SittingEvent event) {
        return event.type() == EventType.BREAK_DONE || event.type() == EventType.BREAK_PARTIAL;
    }

    /** The input ends (the agent stops): a last wake-up, then the open session is closed. */
    public void stop() {
        wake();
        model.endOfInput();
    }

    public BreakFlow flow() {
        return model.flow();
    }

    /** The state at the last wake-up; safe to read from any thread. */
    public AgentStatus status() {
        return status;
    }

    /** How many times the loop has woken, for the cost figures. */
    public long wakeUps() {
        return wakeUps;
    }
}
