package org.unhunch.app;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.unhunch.settings.DurationSyntax;
import org.unhunch.settings.ModelSetting;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import org.unhunch.settings.SettingsStore.Resolved;
import org.unhunch.sitting.SittingSettings;
import org.unhunch.ui.ThisRun;

/**
 * This run of the agent as its command line made it, for the settings dialog: a model setting whose
 * value in force differs from the stored one (a {@code --set} over it), and a {@code --routine} or
 * {@code --routine-file} other than the stored one that no lock overrules.
 */
final class CommandLineRun implements ThisRun {

    private final Function<Map<Setting, Resolved>, SittingSettings> inForce;
    private final Path routineFile;
    private final String routineId;

    /**
     * @param inForce     the model settings the agent uses with the given stored values
     * @param routineFile the command line's routine file, or null
     * @param routineId   the command line's routine, or null
     */
    CommandLineRun(Function<Map<Setting, Resolved>, SittingSettings> inForce, Path routineFile, String routineId) {
        this.inForce = inForce;
        this.routineFile = routineFile;
        this.routineId = routineId;
    }

    @Override
    public Map<Setting, String> fromCommandLine(Map<Setting, Resolved> stored) {
        Map<Setting, String> given = new EnumMap<>(Setting.class);
        SittingSettings running = inForce.apply(stored);
        SittingSettings kept = SettingsStore.modelSettings(stored);
        for (ModelSetting setting : ModelSetting.values()) {
            if (!setting.valueIn(running).equals(setting.valueIn(kept))) {
                given.put(Setting.of(setting), DurationSyntax.format(setting.valueIn(running)));
            }
        }
        putIfItRules(given, stored.get(Setting.ROUTINE_ID), routineId);
        putIfItRules(given, stored.get(Setting.ROUTINE_FILE), routineFile == null ? null : routineFile.toString());
        return given;
    }

    private static void putIfItRules(Map<Setting, String> given, Resolved stored, String asked) {
        if (asked != null && !stored.locked() && !asked.equals(stored.value())) {
            given.put(stored.setting(), asked);
        }
    }

    @Override
    public boolean startsAtLogin(Map<Setting, Resolved> stored) {
        return StartAtLoginSetup.startsAtLogin(stored);
    }
}
