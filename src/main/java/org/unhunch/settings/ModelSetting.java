package org.unhunch.settings;

import java.time.Duration;
import java.util.Optional;
import org.unhunch.sitting.SittingSettings;

/** The seven settings of the sitting model, with their defaults and allowed ranges (sitting-model.md). */
public enum ModelSetting {
    SIT_LIMIT("sit.limit", "45m", "10m", "3h", "continuous sitting after which a break is due"),
    BREAK_GAP("break.gap", "5m", "1m", "30m", "no input for this long means the person left the desk"),
    PROMPT_PAUSE("prompt.pause", "3s", "0s", "30s",
            "wait for this much input silence before showing a due prompt, so it never lands mid-sentence;"
                    + " must be shorter than break.gap"),
    PROMPT_MAX_WAIT("prompt.maxWait", "60s", "0s", "10m",
            "never wait longer than this for that silence after the break fell due"),
    PROMPT_TIMEOUT("prompt.timeout", "2m", "30s", "30m", "a prompt left unanswered this long counts as ignored"),
    SNOOZE("snooze", "10m", "1m", "1h", "how much later a snoozed or ignored prompt comes back"),
    ENGAGED_LIMIT("engaged.limit", "2h", "10m", "8h",
            "while engaged (in a call, or a video keeping the screen awake), no input for this long still means"
                    + " the person left (a video left playing); not shorter than break.gap");

    private final String key;
    private final Duration defaultValue;
    private final Duration min;
    private final Duration max;
    private final String meaning;

    ModelSetting(String key, String defaultValue, String min, String max, String meaning) {
        this.key = key;
        this.defaultValue = DurationSyntax.parse(defaultValue);
        this.min = DurationSyntax.parse(min);
        this.max = DurationSyntax.parse(max);
        this.meaning = meaning;
    }

    public String key() {
        return key;
    }

    public Duration defaultValue() {
        return defaultValue;
    }

    public Duration min() {
        return min;
    }

    public Duration max() {
        return max;
    }

    public String meaning() {
        return meaning;
    }

    /** "10m–3h", as shown in messages and help. */
    public String allowedRange() {
        return DurationSyntax.format(min) + "–" + DurationSyntax.format(max);
    }

    public static Optional<ModelSetting> byKey(String key) {
        for (ModelSetting setting : values()) {
            if (setting.key.equals(key)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }

    /** Parses and range-checks a value for this setting. */
    public Duration parse(String value) {
        Duration duration;
        try {
            duration = DurationSyntax.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(key, value, e.getMessage());
        }
        if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
            throw new InvalidSettingException(key, value, "out of range; allowed " + allowedRange());
        }
        return duration;
    }

    /** The value of this setting in {@code settings}. */
    public Duration valueIn(SittingSettings settings) {
        return switch (this) {
            case SIT_LIMIT -> settings.sitLimit();
            case BREAK_GAP -> settings.breakGap();
            case PROMPT_PAUSE -> settings.promptPause();
            case PROMPT_MAX_WAIT -> settings.promptMaxWait();
            case PROMPT_TIMEOUT -> settings.promptTimeout();
            case SNOOZE -> settings.snooze();
            case ENGAGED_LIMIT -> settings.engagedLimit();
        };
    }
}
