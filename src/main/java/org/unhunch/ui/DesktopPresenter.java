package org.unhunch.ui;

import java.awt.TrayIcon;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.activity.Ticker;
import org.unhunch.agent.AgentStatus;
import org.unhunch.agent.ObservationInbox;
import org.unhunch.presence.Signal;
import org.unhunch.routine.Routine;
import org.unhunch.routine.RoutineStep;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import org.unhunch.settings.SettingsStore.Resolved;
import org.unhunch.sitting.BreakFlow;
import org.unhunch.sitting.Observation;
import org.unhunch.sitting.SittingEvent;
import org.unhunch.sitting.SittingEventSink;
import org.unhunch.sitting.SittingSettings;

/**
 * The agent's face: the tray, the prompt card, the routine window and the settings dialog. Events
 * and changed settings arrive on the agent's thread and are shown on the EDT; answers go back
 * through the agent's inbox.
 */
public final class DesktopPresenter implements SittingEventSink {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopPresenter.class);
    /** While paused, how often to look at the wall clock (which, unlike a timer, counts a machine's sleep). */
    private static final Duration LOOK_AT_CLOCK = Duration.ofMinutes(1);

    /**
     * What the presenter needs from the rest of the agent.
     *
     * @param activityInUse one line for the person: which activity source is in use, and why
     * @param thisRun       what this run uses beside the stored settings, for the settings dialog
     */
    public record Wiring(ObservationInbox inbox, Supplier<AgentStatus> status, Ticker ticker, long timeScale,
                         SettingsStore store, Path logFile, String activityInUse, Supplier<HistoryWindow> history,
                         Runnable quit, ThisRun thisRun) {
    }

    private final Wiring wiring;
    private final Chime chime;
    private SittingSettings settings;
    private Routine routine;
    private List<RoutineStep> steps;
    /** Made when first shown, as the routine window is: their classes and the look load then, not at start. */
    private PromptCard card;
    /** The model's prompt is open (shown and not yet answered), with how long the person had sat; on the EDT. */
    private boolean promptOpen;
    private long promptSittingMinutes;
    /** What held the open prompt back before it showed (a call, say); empty when nothing did. */
    private Set<Signal> promptHeldFor = Set.of();
    private final HeldBefore heldBefore = new HeldBefore();
    /** The open prompt's chime has sounded (once, when its card first shows). */
    private boolean chimed;
    private RoutineWindow routineWindow;
    private SettingsDialog settingsDialog;
    private HistoryWindow historyWindow;
    private Tray tray;
    private Instant resumeAt;
    private Timer resumeLater;
    private Map<Setting, Resolved> values;
    /** The look (FlatLaf) is installed, before the first window is made. */
    private boolean lookInstalled;
    /** Whether the look is dark, decided off the EDT (it may ask gsettings); on the EDT after. */
    private boolean darkLook;
    /** Whether less motion is asked for ({@link ReducedMotion}), decided off the EDT at start. */
    private boolean reducedMotion;

    /** @param values the settings at start; later ones come through {@link #settingsChanged} */
    public DesktopPresenter(Wiring wiring, SittingSettings settings, Map<Setting, Resolved> values, Routine routine,
                            List<RoutineStep> steps) {
        this.wiring = wiring;
        this.settings = settings;
        this.values = values;
        this.routine = routine;
        this.steps = List.copyOf(steps);
        this.chime = new Chime(Boolean.parseBoolean(values.get(Setting.SOUNDS).value()));
    }

    /**
     * Shows the tray on the EDT, taking over the icon {@link FirstTrayIcon} put up at launch where it
     * did (waiting for it first, so that the tray is there before any event). The windows are made
     * when first needed.
     */
    public void start() {
        Optional<TrayIcon> early = FirstTrayIcon.await();
        boolean dark = Theme.dark(values.get(Setting.THEME).value());
        boolean lessMotion = ReducedMotion.asked(values.get(Setting.MOTION).value());
        SwingUtilities.invokeLater(() -> {
            darkLook = dark;
            reducedMotion = lessMotion;
            tray = new Tray(wiring.status(), wiring.ticker(), settings.sitLimit(), routine, new TrayMenu(
                    () -> wiring.inbox().post(Observation.START), () -> wiring.inbox().post(Observation.SNOOZE),
                    this::openHistory, this::pauseFor, this::pauseUntilTomorrow, this::resume, this::openSettings,
                    this::about, wiring.quit()), settings.snooze().toMinutes(), this::pausedUntil, this::installLook);
            tray.start(early);
        });
    }

    /** Takes the tray icon and its menu away; the tray no longer looks for a tray host on its own. On the EDT. */
    public void stopTray() {
        if (tray != null) {
            tray.stop();
        }
    }

    private void installLook() {
        if (!lookInstalled) {
            Theme.install(darkLook);
            lookInstalled = true;
        }
    }

    private PromptCard card() {
        if (card == null) {
            installLook();
            card = new PromptCard(wiring.inbox()::post, settings.snooze().toMinutes(), reducedMotion);
        }
        return card;
    }

    private RoutineWindow routineWindow() {
        if (routineWindow == null) {
            installLook();
            routineWindow = new RoutineWindow(wiring.inbox()::post,
                    () -> wiring.ticker().read() * wiring.timeScale(), chime::play, reducedMotion);
        }
        return routineWindow;
    }

    @Override
    public void accept(SittingEvent event) {
        SwingUtilities.invokeLater(() -> show(event));
    }

    /**
     * The agent's state changed without an event (a pause, the screen locked): redraw the tray, and
     * keep the card off a locked screen. Any thread.
     */
    public void statusChanged() {
        SwingUtilities.invokeLater(() -> {
            if (tray != null) {
                placeCard();
                tray.refresh();
            }
        });
    }

    /**
     * The card is on screen while the prompt is open — by its event and by the loop's status, which
     * follows a moment later — and the screen is not locked: a lock that comes while it is open takes
     * it away, the unlock brings it back (the model shows no new prompt while locked). So it is never
     * drawn where a locker might not cover it.
     */
    private void placeCard() {
        AgentStatus status = wiring.status().get();
        if (!promptOpen) {
            heldBefore.saw(status);
        }
        boolean wanted = promptOpen && status.flow() == BreakFlow.PROMPT && !status.locked();
        boolean showing = card != null && card.isShowing();
        if (wanted && !showing) {
            card().show(promptSittingMinutes, promptHeldFor, routine, steps);
            if (!chimed) {
                chime.play();
                chimed = true;
            }
        } else if (!wanted && showing) {
            card.hide();
        }
    }

    /**
     * New settings while running, from the agent's thread: the model's (the card's snooze, the tray's
     * ring), sounds, the look, motion, and the routine for the next start (one under way keeps its steps).
     */
    public void settingsChanged(SittingSettings model, Map<Setting, Resolved> changed, Routine nextRoutine,
                                List<RoutineStep> nextSteps) {
        boolean dark = Theme.dark(changed.get(Setting.THEME).value());
        boolean lessMotion = ReducedMotion.asked(changed.get(Setting.MOTION).value());
        SwingUtilities.invokeLater(() -> {
            String themeBefore = values.get(Setting.THEME).value();
            darkLook = dark;
            if (lessMotion != reducedMotion) {
                reducedMotion = lessMotion;
                if (card != null) {
                    card.setReducedMotion(lessMotion);
                }
                if (routineWindow != null) {
                    routineWindow.setReducedMotion(lessMotion);
                }
            }
            settings = model;
            values = changed;
            routine = nextRoutine;
            steps = List.copyOf(nextSteps);
            chime.setEnabled(Boolean.parseBoolean(changed.get(Setting.SOUNDS).value()));
            if (card != null) {
                card.setSnoozeMinutes(model.snooze().toMinutes());
            }
            if (tray != null) {
                tray.setSitLimit(model.sitLimit());
                tray.setSnoozeMinutes(model.snooze().toMinutes());
                tray.refresh();
            }
            if (lookInstalled && !themeBefore.equals(changed.get(Setting.THEME).value())) {
                Theme.switchTo(dark);
            }
            if (settingsDialog != null && settingsDialog.isShowing()) {
                settingsDialog.show(wiring.store().all());
            }
        });
    }

    private void show(SittingEvent event) {
        switch (event.type()) {
            case PROMPT_SHOWN -> {
                heldBefore.saw(wiring.status().get());
                promptHeldFor = heldBefore.takeForPrompt();
                promptOpen = true;
                promptSittingMinutes = ((SittingEvent.PromptShown) event).sitting().toMinutes();
                chimed = false;
                placeCard();
            }
            case PROMPT_HELD -> {
                promptOpen = false;
                placeCard();
            }
            case BREAK_SNOOZED, BREAK_SKIPPED, BREAK_IGNORED, SITTING_ENDED -> {
                promptOpen = false;
                heldBefore.forget();
                placeCard();
            }
            case ROUTINE_STARTED -> {
                promptOpen = false;
                heldBefore.forget();
                placeCard();
                routineWindow().start(routine, steps);
                tray.setRoutine(routine);
            }
            case BREAK_PARTIAL -> {
                LOG.info("Routine cut short after {} of {} steps", routineWindow().completedSteps(), steps.size());
                routineWindow().hide();
            }
            case BREAK_DONE, BREAK_DUE, SITTING_STARTED, STRAY_ANSWER -> { }
        }
        tray.refresh();
    }

    private void pauseFor(Duration duration) {
        pauseUntil(Instant.now().plus(duration.dividedBy(wiring.timeScale())));
    }

    private void pauseUntilTomorrow() {
        ZonedDateTime now = ZonedDateTime.now();
        pauseUntil(LocalDate.now(now.getZone()).plusDays(1).atStartOfDay(now.getZone()).toInstant());
    }

    private void pauseUntil(Instant when) {
        wiring.inbox().post(Observation.PAUSE);
        resumeAt = when;
        LOG.info("Prompts paused until {}", when);
        lookAtClockLater();
    }

    /** A timer does not count a machine's sleep, the wall clock does: look at it at least once a minute. */
    private void lookAtClockLater() {
        if (resumeLater != null) {
            resumeLater.stop();
        }
        long untilMillis = Duration.between(Instant.now(), resumeAt).toMillis();
        if (untilMillis <= 0) {
            resume();
            return;
        }
        resumeLater = new Timer((int) Math.min(untilMillis, LOOK_AT_CLOCK.toMillis()), event -> lookAtClockLater());
        resumeLater.setRepeats(false);
        resumeLater.start();
    }

    /** When prompts paused from the tray come back, on this machine's clock; empty when not paused from it. */
    private Optional<String> pausedUntil() {
        ZoneId zone = ZoneId.systemDefault();
        return Optional.ofNullable(resumeAt).map(at -> TrayState.until(at.atZone(zone), LocalDate.now(zone)));
    }

    private void resume() {
        if (resumeLater != null) {
            resumeLater.stop();
            resumeLater = null;
        }
        resumeAt = null;
        wiring.inbox().post(Observation.RESUME);
    }

    private void openHistory() {
        if (historyWindow == null) {
            installLook();
            historyWindow = wiring.history().get();
        }
        if (historyWindow != null) {
            historyWindow.open();
        }
    }

    private void openSettings() {
        if (settingsDialog == null) {
            installLook();
            settingsDialog = new SettingsDialog(wiring.store(), wiring.thisRun());
        }
        settingsDialog.open(wiring.store().all());
    }

    private void about() {
        installLook();
        String version = DesktopPresenter.class.getPackage().getImplementationVersion();
        JOptionPane.showMessageDialog(null, aboutText(version == null ? "" : version, wiring),
                Texts.get("about.title"), JOptionPane.INFORMATION_MESSAGE);
    }

    /** The words of About & privacy. */
    static String aboutText(String version, Wiring wiring) {
        return Texts.get("about.text", version, wiring.logFile(), wiring.activityInUse());
    }
}
