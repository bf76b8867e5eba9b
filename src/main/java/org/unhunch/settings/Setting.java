package org.unhunch.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting Unhunch has, with its type, default, what is allowed and one line of meaning — the
 * one registry from which the documentation, the command line's help and IT's templates are made.
 * Keys are written with capitals where the model's contract does; in {@code java.util.prefs} they
 * are stored in lower case ({@link #storedKey()}), which needs no escaping in the Windows registry.
 */
public enum Setting {
    SIT_LIMIT(ModelSetting.SIT_LIMIT),
    BREAK_GAP(ModelSetting.BREAK_GAP),
    PROMPT_PAUSE(ModelSetting.PROMPT_PAUSE),
    PROMPT_MAX_WAIT(ModelSetting.PROMPT_MAX_WAIT),
    PROMPT_TIMEOUT(ModelSetting.PROMPT_TIMEOUT),
    SNOOZE(ModelSetting.SNOOZE),
    ENGAGED_LIMIT(ModelSetting.ENGAGED_LIMIT),
    ROUTINE_ID("routine.id", SettingType.CHOICE, "mid-back-reset",
            "the routine offered: mid-back-reset (about 5 minutes) or quick-reset (about 2 minutes)",
            "mid-back-reset", "quick-reset"),
    ROUTINE_FILE("routine.file", SettingType.PATH, "",
            "a routine file of the organisation's own (JSON, the format of the bundled routines); empty: none"),
    EQUIPMENT_BAND("equipment.band", SettingType.BOOLEAN, "false", "the person has a resistance band"),
    EQUIPMENT_FOAM_ROLLER("equipment.foamroller", SettingType.BOOLEAN, "false",
            "the person has a foam roller (adds the foam-roller step)"),
    SOUNDS("sounds", SettingType.BOOLEAN, "true", "a soft sound with the prompt and between routine steps"),
    ACTIVITY_SOURCE("activity.source", SettingType.CHOICE, "auto",
            "how keyboard and mouse use is seen: auto (the input hook where it starts and sees the desktop, otherwise"
                    + " the system's idle time), hook (the input hook only), idle-time (the system's idle time; the"
                    + " hook is never loaded) (read at the start)",
            "auto", "hook", "idle-time"),
    PRESENCE_IDLE_INHIBITOR("presence.idleinhibitor", SettingType.BOOLEAN, "true",
            "a video or player holding the screen awake counts as the person at the screen (read at the start)"),
    PRESENCE_CALLS("presence.calls", SettingType.BOOLEAN, "true",
            "a microphone or camera in use counts as a call: the person is at the screen and the prompt waits"
                    + " for the call's end (read at the start)"),
    PRESENCE_FULL_SCREEN("presence.fullscreen", SettingType.BOOLEAN, "true",
            "a full-screen window or a presentation holds the prompt until it ends (read at the start)"),
    PRESENCE_DO_NOT_DISTURB("presence.donotdisturb", SettingType.BOOLEAN, "true",
            "the system's do-not-disturb holds the prompt until it is switched off (read at the start)"),
    THEME("theme", SettingType.CHOICE, "system", "light, dark, or as the system is", "system", "light", "dark"),
    MOTION("motion", SettingType.CHOICE, "system",
            "movement on screen: as the system asks (GNOME's Animations switch), full, or reduced (the routine's"
                    + " figure shows its key poses still, the prompt card comes without fading in)",
            "system", "full", "reduced"),
    WORK_DAYS("work.days", SettingType.WEEKDAYS, "mon,tue,wed,thu,fri,sat,sun",
            "days on which prompts are shown (on other days sitting is still tracked, without prompts)"),
    WORK_START("work.start", SettingType.TIME, "00:00", "no prompt before this time of day"),
    WORK_END("work.end", SettingType.TIME, "24:00",
            "no prompt from this time of day on (24:00: the end of the day; before work.start: the next day)"),
    START_AT_LOGIN("startatlogin", SettingType.BOOLEAN, "true", "start Unhunch when the person logs in"),
    RETENTION_DAYS("retention.days", SettingType.DAYS, "365", "days the break log keeps (7 to 3650)"),
    LANGUAGE("language", SettingType.CHOICE, "system", "the language on screen: as the system is, or en",
            "system", "en");

    private final String key;
    private final SettingType type;
    private final String defaultValue;
    private final String meaning;
    private final List<String> choices;
    private final ModelSetting model;

    Setting(ModelSetting model) {
        this.key = model.key();
        this.type = SettingType.DURATION;
        this.defaultValue = DurationSyntax.format(model.defaultValue());
        this.meaning = model.meaning();
        this.choices = List.of();
        this.model = model;
    }

    Setting(String key, SettingType type, String defaultValue, String meaning, String... choices) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
        this.choices = List.of(choices);
        this.model = null;
    }

    public String key() {
        return key;
    }

    /** The key in {@code java.util.prefs}: lower case, so the Windows registry needs no escapes. */
    public String storedKey() {
        return key.toLowerCase(Locale.ROOT);
    }

    public SettingType type() {
        return type;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String meaning() {
        return meaning;
    }

    public List<String> choices() {
        return choices;
    }

    public Optional<ModelSetting> model() {
        return Optional.ofNullable(model);
    }

    /** What is allowed, as the documentation says it. */
    public String allowed() {
        return switch (type) {
            case DURATION -> model.allowedRange();
            case BOOLEAN -> "true, false";
            case DAYS -> "7–3650, in digits 0–9 without sign or leading zero";
            case CHOICE -> String.join(", ", choices);
            case TIME -> this == WORK_END ? "a time of day HH:MM (00:00–23:59), or 24:00"
                    : "a time of day HH:MM (00:00–23:59)";
            case WEEKDAYS -> "days mon…sun, separated by commas without spaces, each once";
            case PATH -> "a file path, or empty";
        };
    }

    /**
     * Checks a value, every way one comes in (the command line, {@code --set}, policy, the settings
     * dialog, the store read back); the exception names the key, the value and what is allowed.
     */
    public String check(String value) {
        SettingText.problem(value).ifPresent(problem -> {
            throw new InvalidSettingException(key, value, problem);
        });
        try {
            return type.check(value, this);
        } catch (InvalidSettingException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(key, value, e.getMessage() + "; allowed " + allowed());
        }
    }

    /** The setting of {@code model}. */
    public static Setting of(ModelSetting model) {
        return Arrays.stream(values()).filter(setting -> setting.model == model).findFirst().orElseThrow();
    }

    /** The setting with this key (as documented, or as stored), if any. */
    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values())
                .filter(setting -> setting.key.equals(key) || setting.storedKey().equals(key))
                .findFirst();
    }
}
