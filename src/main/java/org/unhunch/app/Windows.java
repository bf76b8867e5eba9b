package org.unhunch.app;

import java.util.Map;
import java.util.function.Supplier;
import org.unhunch.agent.AgentStatus;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore.Resolved;
import org.unhunch.sitting.SittingEventSink;
import org.unhunch.sitting.SittingSettings;

/** The agent's face as the wiring sees it: the tray and windows ({@link DesktopWindows}), or a test's recorder. */
interface Windows extends SittingEventSink {

    /** Builds the windows once the loop exists, so that they can read its status. */
    @FunctionalInterface
    interface Factory {
        Windows build(Supplier<AgentStatus> status, RoutineChoice.Plan routine);
    }

    /** Shows the tray; before the loop's first wake-up. */
    void start();

    /** The loop's state changed without an event (a pause); on the loop's thread. */
    void statusChanged();

    /** Settings changed while running; on the loop's thread. */
    void settingsChanged(SittingSettings model, Map<Setting, Resolved> values, RoutineChoice.Plan routine);
}
