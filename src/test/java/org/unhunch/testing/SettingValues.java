package org.unhunch.testing;

import java.util.EnumMap;
import java.util.Map;
import org.unhunch.settings.Layer;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore.Resolved;

/** Resolved settings for tests: a store's values with one changed. */
public final class SettingValues {

    private SettingValues() {
    }

    /** {@code values} with {@code setting} resolved to {@code value} at {@code layer}. */
    public static Map<Setting, Resolved> with(Map<Setting, Resolved> values, Setting setting, String value,
                                              Layer layer) {
        Map<Setting, Resolved> changed = new EnumMap<>(values);
        changed.put(setting, new Resolved(setting, value, layer));
        return changed;
    }
}
