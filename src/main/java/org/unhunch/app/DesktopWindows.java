package org.unhunch.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.unhunch.activity.Ticker;
import org.unhunch.agent.AgentStatus;
import org.unhunch.agent.LiveSettings;
import org.unhunch.agent.ObservationInbox;
import org.unhunch.records.BreakLog;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore.Resolved;
import org.unhunch.sitting.SittingEvent;
import org.unhunch.sitting.SittingSettings;
import org.unhunch.ui.DesktopPresenter;
import org.unhunch.ui.HistoryWindow;

/** The tray and windows of {@link DesktopPresenter}, as the agent's {@link Windows}. */
final class DesktopWindows implements Windows {

    private final DesktopPresenter presenter;

    private DesktopWindows(DesktopPresenter presenter) {
        this.presenter = presenter;
    }

    /**
     * Builds them, once the loop exists, with answers going to {@code inbox} and history read from {@code log};
     * {@code activityInUse} is About & privacy's line on the activity source in use.
     */
    static Windows.Factory factory(AgentOptions options, LiveSettings live, ObservationInbox inbox, BreakLog log,
                                   Path logFile, String activityInUse) {
        return (status, routine) -> new DesktopWindows(presenter(options, live, inbox, log, logFile, activityInUse,
                status, routine));
    }

    private static DesktopPresenter presenter(AgentOptions options, LiveSettings live, ObservationInbox inbox,
                                              BreakLog log, Path logFile, String activityInUse,
                                              Supplier<AgentStatus> status, RoutineChoice.Plan routine) {
        DesktopPresenter.Wiring wiring = new DesktopPresenter.Wiring(inbox, status, Ticker.SYSTEM,
                options.timeScale(), live.store(), logFile, activityInUse,
                () -> new HistoryWindow(log::read, options.export()::write,
                        live.modelSettings(live.values()).sitLimit(), true),
                options.quit(), new CommandLineRun(live::modelSettings, options.routineFile(), options.routineId()));
        return new DesktopPresenter(wiring, options.atStart(), live.values(), routine.routine(), routine.steps());
    }

    @Override
    public void accept(SittingEvent event) {
        presenter.accept(event);
    }

    @Override
    public void start() {
        presenter.start();
    }

    @Override
    public void statusChanged() {
        presenter.statusChanged();
    }

    @Override
    public void settingsChanged(SittingSettings model, Map<Setting, Resolved> values, RoutineChoice.Plan routine) {
        presenter.settingsChanged(model, values, routine.routine(), routine.steps());
    }
}
