package org.unhunch.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.activity.Ticker;
import org.unhunch.agent.AgentStatus;
import org.unhunch.agent.ObservationInbox;
import org.unhunch.routine.Routine;
import org.unhunch.routine.RoutineStep;
import org.unhunch.sitting.Observation;
import org.unhunch.sitting.SittingEvent;
import org.unhunch.sitting.SittingEventSink;
import org.unhunch.sitting.SittingSettings;

/**
 * The agent's face: the tray, the prompt card and the routine window. Events arrive on the agent's
 * thread and are shown on the EDT; answers go back through the agent's inbox.
 */
public final class DesktopPresenter implements SittingEventSink {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopPresenter.class);

    private final ObservationInbox inbox;
    private final Ticker ticker;
    private final long timeScale;
    private final Routine routine;
    private final List<RoutineStep> steps;
    private final Path logFile;
    private final Runnable quit;
    private final SittingSettings settings;
    private final Supplier<AgentStatus> status;
    private final Supplier<HistoryWindow> history;
    private PromptCard card;
    private RoutineWindow routineWindow;
    private Tray tray;
    private Timer resumeLater;

    /** @param history the history window, made on the EDT when first asked for (null: there is no break log) */
    public DesktopPresenter(SittingSettings settings, ObservationInbox inbox, Supplier<AgentStatus> status, Ticker ticker,
                            long timeScale, Routine routine, List<RoutineStep> steps, Path logFile,
                            Supplier<HistoryWindow> history, Runnable quit) {
        this.settings = settings;
        this.history = history;
        this.inbox = inbox;
        this.status = status;
        this.ticker = ticker;
        this.timeScale = timeScale;
        this.routine = routine;
        this.steps = List.copyOf(steps);
        this.logFile = logFile;
        this.quit = quit;
    }

    /** Builds the windows and the tray on the EDT. */
    public void start() {
        SwingUtilities.invokeLater(() -> {
            Answers answers = inbox::post;
            card = new PromptCard(answers, settings.snooze().toMinutes());
            routineWindow = new RoutineWindow(answers, () -> ticker.read() * timeScale);
            tray = new Tray(status, ticker, settings.sitLimit(), new TrayMenu(
                    () -> inbox.post(Observation.START), this::openHistory, this::pauseFor, this::pauseUntilTomorrow,
                    this::resume, this::about, quit));
            tray.start();
        });
    }

    @Override
    public void accept(SittingEvent event) {
        SwingUtilities.invokeLater(() -> show(event));
    }

    private void show(SittingEvent event) {
        switch (event.type()) {
            case PROMPT_SHOWN -> {
                SittingEvent.PromptShown shown = (SittingEvent.PromptShown) event;
                long routineMinutes = Math.max(1, Math.round(routine.durationFor(java.util.Set.of()).toSeconds() / 60.0));
                card.show(shown.sitting().toMinutes(), routineMinutes);
            }
            case BREAK_SNOOZED, BREAK_SKIPPED, BREAK_IGNORED, SITTING_ENDED -> card.hide();
            case ROUTINE_STARTED -> {
                card.hide();
                routineWindow.start(routine, steps);
            }
            case BREAK_PARTIAL -> {
                LOG.info("Routine cut short after {} of {} steps", routineWindow.completedSteps(), steps.size());
                routineWindow.hide();
            }
            case BREAK_DONE, BREAK_DUE, SITTING_STARTED, STRAY_ANSWER -> { }
        }
        tray.refresh();
    }

    private void pauseFor(Duration duration) {
        inbox.post(Observation.PAUSE);
        scheduleResume(duration.toMillis() / timeScale);
    }

    private void pauseUntilTomorrow() {
        inbox.post(Observation.PAUSE);
        ZonedDateTime now = ZonedDateTime.now();
        ZonedDateTime tomorrow = LocalDate.now().plusDays(1).atStartOfDay(now.getZone());
        scheduleResume(Duration.between(now, tomorrow).toMillis());
    }

    private void scheduleResume(long delayMillis) {
        if (resumeLater != null) {
            resumeLater.stop();
        }
        resumeLater = new Timer((int) Math.min(Integer.MAX_VALUE, Math.max(1, delayMillis)), event -> resume());
        resumeLater.setRepeats(false);
        resumeLater.start();
    }

    private void resume() {
        if (resumeLater != null) {
            resumeLater.stop();
            resumeLater = null;
        }
        inbox.post(Observation.RESUME);
    }

    private HistoryWindow historyWindow;

    private void openHistory() {
        if (historyWindow == null) {
            historyWindow = history.get();
        }
        if (historyWindow != null) {
            historyWindow.open();
        }
    }

    private void about() {
        String version = DesktopPresenter.class.getPackage().getImplementationVersion();
        JOptionPane.showMessageDialog(null, Texts.get("about.text", version == null ? "" : version, logFile),
                Texts.get("about.title"), JOptionPane.INFORMATION_MESSAGE);
    }
}
