package org.unhunch.app;

import java.util.Map;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import org.unhunch.sitting.SittingSettings;
import org.unhunch.ui.Demo;

/** {@code unhunch demo}: the card and the routine the settings name, in their look; nothing written. */
public final class DemoStart {

    private DemoStart() {
    }

    /**
     * Shows the demonstration and waits until it ends.
     *
     * @param routineId the routine asked for on the command line, or null for the one the settings name
     * @param timeScale how many times faster than real time the routine runs (1 but in tests)
     */
    public static void showAndWait(SettingsStore store, SittingSettings settings, String routineId, long timeScale)
            throws InterruptedException {
        Map<Setting, SettingsStore.Resolved> values = store.all();
        RoutineChoice.Plan plan = RoutineChoice.plan(null, routineId, values);
        long start = System.nanoTime();
        new Demo(plan.routine(), plan.steps(), settings.sitLimit().toMinutes()).showAndWait(
                values.get(Setting.THEME).value(), values.get(Setting.MOTION).value(), settings.snooze().toMinutes(),
                Boolean.parseBoolean(values.get(Setting.SOUNDS).value()),
                () -> (System.nanoTime() - start) * timeScale);
    }
}
