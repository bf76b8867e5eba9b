package org.unhunch.settings;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.unhunch.sitting.SittingSettings;

/** Builds validated {@link SittingSettings} from the defaults and {@code key=value} overrides. */
public final class ModelSettingsBuilder {

    private final Map<ModelSetting, Duration> values = new EnumMap<>(ModelSetting.class);

    public ModelSettingsBuilder() {
        this(SittingSettings.DEFAULTS);
    }

    /** Starts from {@code base} (the settings store's values) rather than the built-in defaults. */
    public ModelSettingsBuilder(SittingSettings base) {
        for (ModelSetting setting : ModelSetting.values()) {
            values.put(setting, setting.valueIn(base));
        }
    }

    /**
     * Applies an assignment written {@code key=value}, as after {@code --set}: the key and the value
     * exactly as written, spaces included (as {@code settings set} takes them).
     */
    public ModelSettingsBuilder assign(String assignment) {
        int equals = assignment.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("'" + SettingText.quote(assignment)
                    + "' is not key=value (for example sit.limit=50m)");
        }
        return set(assignment.substring(0, equals), assignment.substring(equals + 1));
    }

    /** Sets one model setting, checked as every way in checks it ({@link Setting#check}). */
    public ModelSettingsBuilder set(String key, String value) {
        ModelSetting setting = ModelSetting.byKey(key).orElseThrow(() -> new InvalidSettingException(
                key, value, "unknown setting; known settings are " + knownKeys()));
        values.put(setting, DurationSyntax.parse(Setting.of(setting).check(value)));
        return this;
    }

    /**
     * The settings. The allowed ranges keep {@code prompt.pause} (at most 30s) shorter than
     * {@code break.gap} (at least 1m), as the contract requires; {@link SittingSettings} guards it too.
     *
     * @throws InvalidSettingException naming {@code engaged.limit} if it is shorter than {@code break.gap}
     */
    public SittingSettings build() {
        Duration engagedLimit = values.get(ModelSetting.ENGAGED_LIMIT);
        Duration breakGap = values.get(ModelSetting.BREAK_GAP);
        if (engagedLimit.compareTo(breakGap) < 0) {
            throw new InvalidSettingException(ModelSetting.ENGAGED_LIMIT.key(), DurationSyntax.format(engagedLimit),
                    "must not be shorter than break.gap (" + DurationSyntax.format(breakGap) + ")");
        }
        return new SittingSettings(
                values.get(ModelSetting.SIT_LIMIT),
                values.get(ModelSetting.BREAK_GAP),
                values.get(ModelSetting.PROMPT_PAUSE),
                values.get(ModelSetting.PROMPT_MAX_WAIT),
                values.get(ModelSetting.PROMPT_TIMEOUT),
                values.get(ModelSetting.SNOOZE),
                engagedLimit);
    }

    private static String knownKeys() {
        return Arrays.stream(ModelSetting.values()).map(ModelSetting::key).collect(Collectors.joining(", "));
    }
}
