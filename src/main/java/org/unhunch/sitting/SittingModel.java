package org.unhunch.sitting;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The sitting model of {@code sitting-model.md}: a pure state machine. It is handed
 * observations with a time (nanoseconds on any monotonic axis) and answers with events; it never
 * reads a clock. {@link #nextDeadline()} says when it next needs to be advanced, so a caller can
 * sleep until then.
 *
 * <p>Not thread-safe: one thread owns a model.
 */
public final class SittingModel {

    private static final long NONE = Long.MAX_VALUE;

    /** The timed rules, in the order they are handled when they fall at the same instant. */
    private enum Deadline { IDLE, PROMPT_TIMEOUT, BREAK_DUE, PROMPT_SHOWN }

    private final SittingEventSink sink;
    private long sitLimit;
    private long breakGap;
    private long promptPause;
    private long promptMaxWait;
    private long promptTimeout;
    private long snooze;
    private long engagedLimit;
    /** No deadline fires before the moment the settings last changed: a shorter setting never reaches back. */
    private long settingsSince = Long.MIN_VALUE;

    private BreakFlow flow = BreakFlow.AWAY;
    private boolean locked;
    private boolean paused;
    private boolean engaged;
    private boolean busy;
    /** In {@code PENDING}: the prompt is held back until the person is free (rule 13). */
    private boolean held;
    private boolean started;
    private long now;

    private long sessionStart;
    private long lastActivity;
    private long due;
    /** What {@code due} was counted from, and whether by {@code sit.limit} (else by {@code snooze}). */
    private long dueFrom;
    private boolean dueBySitLimit;
    /** What rule 5 counts the prompt time from: the due time, or the moment a held prompt was freed. */
    private long promptFrom;
    private long promptShownAt;
    private long routineStart;
    private boolean hadSession;
    private long lastSessionEnd;

    public SittingModel(SittingSettings settings, SittingEventSink sink) {
        Objects.requireNonNull(settings, "settings");
        this.sink = Objects.requireNonNull(sink, "sink");
        apply(settings);
    }

    /**
     * New settings from the model's current time on (the live agent calls this at a wake-up, after
     * letting time pass to now). A break not yet due is recounted from what it was counted from (the
     * session's start, a skip, a snooze) with the new length; a deadline the new settings put in the
     * past fires now (a break due now is then prompted by rule 5 from now), and events stay in time
     * order. A break already due, a prompt already shown or held stays so; a routine under way is
     * not touched. The flags (locked, paused, engaged, busy) are kept, and a new {@code break.gap} or
     * {@code engaged.limit} measures the quiet spell under way from its start, the latest activity.
     */
    public void reconfigure(SittingSettings settings) {
        apply(Objects.requireNonNull(settings, "settings"));
        settingsSince = now;
        if (flow == BreakFlow.SITTING && due > now) {
            // Not yet due (a break due before a pause stays due: rule 11 makes it due at the resume).
            due = Math.max(dueFrom + (dueBySitLimit ? sitLimit : snooze), now);
        }
    }

    private void apply(SittingSettings settings) {
        this.sitLimit = settings.sitLimit().toNanos();
        this.breakGap = settings.breakGap().toNanos();
        this.promptPause = settings.promptPause().toNanos();
        this.promptMaxWait = settings.promptMaxWait().toNanos();
        this.promptTimeout = settings.promptTimeout().toNanos();
        this.snooze = settings.snooze().toNanos();
        this.engagedLimit = settings.engagedLimit().toNanos();
    }

    public BreakFlow flow() {
        return flow;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isPaused() {
        return paused;
    }

    public boolean isEngaged() {
        return engaged;
    }

    public boolean isBusy() {
        return busy;
    }

    /** The break is due and its prompt held back while the person is busy (rule 13). */
    public boolean isHeld() {
        return flow == BreakFlow.PENDING && held;
    }

    /** When the open session started; empty while away or in a routine. */
    public OptionalLong sessionStart() {
        return inSession() ? OptionalLong.of(sessionStart) : OptionalLong.empty();
    }

    /** When the break falls (or fell) due in the open session; empty while away or in a routine. */
    public OptionalLong breakDue() {
        return inSession() ? OptionalLong.of(due) : OptionalLong.empty();
    }

    /** The model time reached so far (the latest observation or advance). */
    public long now() {
        return now;
    }

    /** When a timed rule fires next if nothing is observed before then; empty if none is pending. */
    public OptionalLong nextDeadline() {
        long next = Math.min(Math.min(idleAt(), promptTimeoutAt()), Math.min(breakDueAt(), promptShownAt()));
        return next == NONE ? OptionalLong.empty() : OptionalLong.of(notBeforeSettings(next));
    }

    /**
     * As {@link #nextDeadline()}, for one told by the platform of the first pause in typing: a
     * prompt that waits for that pause (rule 5) is not due before {@code prompt.maxWait} has passed
     * unless the pause comes first, and the platform wakes the caller for that.
     */
    public OptionalLong nextDeadlineBarPause() {
        long prompt = promptShownAt() == NONE ? NONE : promptFrom + promptMaxWait;
        long next = Math.min(Math.min(idleAt(), promptTimeoutAt()), Math.min(breakDueAt(), prompt));
        return next == NONE ? OptionalLong.empty() : OptionalLong.of(notBeforeSettings(next));
    }

    /** Whether a due prompt is waiting for a pause in typing now (rule 5: due, neither paused, locked nor held). */
    public boolean waitsForPause() {
        return promptShownAt() != NONE;
    }

    /**
     * When the model next acts on what the platform may say about the person: a session ending for
     * idleness, a break falling due, a prompt shown (not a prompt timing out). Empty if none is
     * pending. What must be asked of the platform (a call, a full-screen window) is asked just
     * before this moment, so the answer reaches the model in time.
     */
    public OptionalLong nextDecision() {
        long next = Math.min(idleAt(), Math.min(breakDueAt(), promptShownAt()));
        return next == NONE ? OptionalLong.empty() : OptionalLong.of(notBeforeSettings(next));
    }

    /**
     * Handles an observation at {@code t}: first every deadline up to and including {@code t},
     * then the observation itself, then any deadline it brought to {@code t} (a {@code resume}
     * after the due time makes the break due at once).
     *
     * @throws IllegalArgumentException if {@code t} is earlier than the model's time
     */
    public void observe(Observation observation, long t) {
        advanceTo(t);
        switch (observation) {
            case KEY, POINTER, WHEEL, INPUT -> onActivity(t);
            case LOCK -> onLock(t);
            case UNLOCK -> onUnlock(t);
            case ENGAGED -> onEngaged(true, t);
            case DISENGAGED -> onEngaged(false, t);
            case BUSY -> onBusy(t);
            case FREE -> onFree(t);
            case START -> onStart(t);
            case DONE -> onDone(t);
            case SKIP -> onSkip(t);
            case SNOOZE -> onSnooze(t);
            case PAUSE -> onPause();
            case RESUME -> onResume(t);
            case TICK -> { }
        }
        advanceTo(t);
    }

    /**
     * Lets time pass to {@code t}, firing every deadline that falls at or before it, in time
     * order and, at the same instant, in the contract's order.
     *
     * @throws IllegalArgumentException if {@code t} is earlier than the model's time
     */
    public void advanceTo(long t) {
        if (started && t < now) {
            throw new IllegalArgumentException("time went backwards: " + t + " ns is before " + now + " ns");
        }
        started = true;
        now = t;
        while (true) {
            // Deadlines the settings moved up to the moment they changed count from then, and at one
            // instant keep the contract's order.
            Deadline next = Deadline.IDLE;
            long at = notBeforeSettings(idleAt());
            long candidate = notBeforeSettings(promptTimeoutAt());
            if (candidate < at) {
                next = Deadline.PROMPT_TIMEOUT;
                at = candidate;
            }
            candidate = notBeforeSettings(breakDueAt());
            if (candidate < at) {
                next = Deadline.BREAK_DUE;
                at = candidate;
            }
            candidate = notBeforeSettings(promptShownAt());
            if (candidate < at) {
                next = Deadline.PROMPT_SHOWN;
                at = candidate;
            }
            if (at > t) {
                if (t >= settingsSince) {
                    // Every deadline the change moved up has fired: nothing needs holding back any more.
                    settingsSince = Long.MIN_VALUE;
                }
                return;
            }
            fire(next, at);
        }
    }

    /**
     * The input has ended (rule 14): a session still open closes at its latest activity with
     * reason {@code end}, reported at the model's current time. A routine under way is left as it is.
     */
    public void endOfInput() {
        if (inSession()) {
            endSession(now, lastActivity, EndReason.END);
        }
    }

    private void fire(Deadline deadline, long at) {
        switch (deadline) {
            case IDLE -> endSession(at, lastActivity, EndReason.IDLE);
            case PROMPT_TIMEOUT -> {
                sink.accept(new SittingEvent.BreakIgnored(at));
                dueAfter(at, false);
                flow = BreakFlow.SITTING;
            }
            case BREAK_DUE -> {
                sink.accept(new SittingEvent.BreakDue(at, Duration.ofNanos(at - sessionStart)));
                flow = BreakFlow.PENDING;
                held = false;
                promptFrom = due;
            }
            case PROMPT_SHOWN -> promptMoment(at);
        }
    }

    private long notBeforeSettings(long deadline) {
        return deadline < settingsSince ? settingsSince : deadline;
    }

    /** Rule 3: while present the person may sit still for {@code engaged.limit} before it counts as leaving. */
    private long idleAt() {
        return inSession() ? lastActivity + (present() ? engagedLimit : breakGap) : NONE;
    }

    private long promptTimeoutAt() {
        return flow == BreakFlow.PROMPT ? promptShownAt + promptTimeout : NONE;
    }

    private long breakDueAt() {
        return flow == BreakFlow.SITTING && !paused ? due : NONE;
    }

    private long promptShownAt() {
        return flow == BreakFlow.PENDING && !paused && !locked && !held ? promptTime() : NONE;
    }

    /**
     * Rule 5: the first pause in typing after the break fell due (or, rule 13, after a held prompt
     * was freed), but no later than maxWait after it.
     */
    private long promptTime() {
        return Math.min(Math.max(promptFrom, lastActivity + promptPause), promptFrom + promptMaxWait);
    }

    /** The person is at the screen though perhaps not typing (rule 12). */
    private boolean present() {
        return engaged && !locked;
    }

    private boolean inSession() {
        return flow == BreakFlow.SITTING || flow == BreakFlow.PENDING || flow == BreakFlow.PROMPT;
    }

    private void onActivity(long t) {
        if (locked) {
            return;
        }
        if (flow == BreakFlow.AWAY) {
            Duration away = hadSession ? Duration.ofNanos(t - lastSessionEnd) : null;
            sessionStart = t;
            lastActivity = t;
            dueAfter(t, true);
            flow = BreakFlow.SITTING;
            sink.accept(new SittingEvent.SittingStarted(t, away));
        } else if (inSession()) {
            lastActivity = t;
        }
    }

    private void onLock(long t) {
        boolean wasPresent = present();
        locked = true;
        presenceChanged(wasPresent, t);
    }

    private void onUnlock(long t) {
        boolean wasPresent = present();
        locked = false;
        if (flow == BreakFlow.PENDING && !paused && !held && promptTime() <= t) {
            promptMoment(t);
        }
        presenceChanged(wasPresent, t);
    }

    private void onEngaged(boolean on, long t) {
        boolean wasPresent = present();
        engaged = on;
        presenceChanged(wasPresent, t);
    }

    /** Rule 12: in a session, the person was at the screen when their presence began or ended. */
    private void presenceChanged(boolean wasPresent, long t) {
        if (wasPresent != present() && inSession()) {
            lastActivity = t;
        }
    }

    /** Rule 13: busy closes an open prompt, which is then held. */
    private void onBusy(long t) {
        busy = true;
        if (flow == BreakFlow.PROMPT) {
            hold(t);
        }
    }

    /** Rule 13: a held prompt comes at the first pause after {@code t}, as rule 5 after the due time. */
    private void onFree(long t) {
        busy = false;
        if (isHeld()) {
            held = false;
            promptFrom = t;
        }
    }

    private void onStart(long t) {
        if (flow == BreakFlow.ROUTINE) {
            stray(Observation.START, t);
            return;
        }
        if (inSession()) {
            endSession(t, t, EndReason.ROUTINE);
        }
        routineStart = t;
        flow = BreakFlow.ROUTINE;
        sink.accept(new SittingEvent.RoutineStarted(t));
    }

    private void onDone(long t) {
        if (flow != BreakFlow.ROUTINE) {
            onStart(t);
        }
        sink.accept(new SittingEvent.BreakDone(t, Duration.ofNanos(t - routineStart)));
        flow = BreakFlow.AWAY;
    }

    private void onSkip(long t) {
        if (flow == BreakFlow.PROMPT) {
            sink.accept(new SittingEvent.BreakSkipped(t));
            dueAfter(t, true);
            flow = BreakFlow.SITTING;
        } else if (flow == BreakFlow.ROUTINE) {
            sink.accept(new SittingEvent.BreakPartial(t, Duration.ofNanos(t - routineStart)));
            flow = BreakFlow.AWAY;
        } else {
            stray(Observation.SKIP, t);
        }
    }

    private void onSnooze(long t) {
        if (flow == BreakFlow.PROMPT) {
            dueAfter(t, false);
            flow = BreakFlow.SITTING;
            sink.accept(new SittingEvent.BreakSnoozed(t, due));
        } else {
            stray(Observation.SNOOZE, t);
        }
    }

    private void onPause() {
        paused = true;
        held = false;
        if (flow == BreakFlow.PROMPT || flow == BreakFlow.PENDING) {
            flow = BreakFlow.SITTING;
        }
    }

    /** A {@code resume} without a {@code pause} before it changes nothing. */
    private void onResume(long t) {
        if (!paused) {
            return;
        }
        paused = false;
        if (due < t) {
            due = t;
        }
    }

    /** The break falls due {@code sit.limit} (or {@code snooze}) after {@code from}. */
    private void dueAfter(long from, boolean bySitLimit) {
        dueFrom = from;
        dueBySitLimit = bySitLimit;
        due = from + (bySitLimit ? sitLimit : snooze);
    }

    /** Rule 5's moment (at {@code T}, or at an unlock): the prompt is shown, or held while busy. */
    private void promptMoment(long at) {
        if (busy) {
            hold(at);
        } else {
            showPrompt(at);
        }
    }

    private void hold(long at) {
        held = true;
        flow = BreakFlow.PENDING;
        sink.accept(new SittingEvent.PromptHeld(at, Duration.ofNanos(at - sessionStart)));
    }

    private void showPrompt(long at) {
        promptShownAt = at;
        flow = BreakFlow.PROMPT;
        sink.accept(new SittingEvent.PromptShown(at, Duration.ofNanos(at - sessionStart)));
    }

    private void endSession(long at, long endedAt, EndReason reason) {
        hadSession = true;
        lastSessionEnd = endedAt;
        flow = BreakFlow.AWAY;
        sink.accept(new SittingEvent.SittingEnded(at, endedAt, Duration.ofNanos(endedAt - sessionStart), reason));
    }

    private void stray(Observation answer, long t) {
        sink.accept(new SittingEvent.StrayAnswer(t, answer));
    }
}
