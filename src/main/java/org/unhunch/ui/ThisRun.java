package org.unhunch.ui;

import java.util.Map;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore.Resolved;

/** What the running agent does beside the stored settings, for the settings dialog to say. */
public interface ThisRun {

    /** A run that uses the stored settings as they are. */
    ThisRun AS_STORED = new ThisRun() {
        @Override
        public Map<Setting, String> fromCommandLine(Map<Setting, Resolved> stored) {
            return Map.of();
        }

        @Override
        public boolean startsAtLogin(Map<Setting, Resolved> stored) {
            return Boolean.parseBoolean(stored.get(Setting.START_AT_LOGIN).value());
        }
    };

    /**
     * The values this run uses in place of {@code stored}, given on its command line ({@code --set},
     * {@code --routine}, {@code --routine-file}), as stored values, by setting.
     */
    Map<Setting, String> fromCommandLine(Map<Setting, Resolved> stored);

    /** Whether Unhunch starts at login, with {@code stored}: its login entry is there, or is about to be written. */
    boolean startsAtLogin(Map<Setting, Resolved> stored);
}
