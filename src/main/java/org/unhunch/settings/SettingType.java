package org.unhunch.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a setting's value is written and checked: one strict syntax per type, as docs/settings.md
 * says. Each check's message says what is allowed. The text itself (one line, no control
 * characters, no surrounding spaces, not too long) is checked before, by {@link SettingText}.
 */
public enum SettingType {
    DURATION("whole hours, minutes and seconds in that order, each at most once: `90s`, `5m`, `1h30m`; digits 0–9"
            + " without sign or leading zero; a part after the first is less than 60 (`1h59m`, not `1h61m`); no part"
            + " is 0 unless it is the only one (`0s`, not `0h50m`)") {
        @Override
        String check(String value, Setting setting) {
            return DurationSyntax.format(setting.model().map(model -> model.parse(value))
                    .orElseGet(() -> DurationSyntax.parse(value)));
        }
    },
    BOOLEAN("`true` or `false`, in any case; stored in lower case") {
        @Override
        String check(String value, Setting setting) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (!lower.equals("true") && !lower.equals("false")) {
                throw new IllegalArgumentException("not true or false");
            }
            return lower;
        }
    },
    DAYS("a whole number in digits 0–9, without sign or leading zero: `365`") {
        @Override
        String check(String value, Setting setting) {
            if (!WHOLE_NUMBER.matcher(value).matches()) {
                throw new IllegalArgumentException("not a whole number of days");
            }
            if (value.length() > 4 || Integer.parseInt(value) < 7 || Integer.parseInt(value) > 3650) {
                throw new IllegalArgumentException("out of range");
            }
            return value;
        }
    },
    CHOICE("one of the words listed, exactly as written") {
        @Override
        String check(String value, Setting setting) {
            if (!setting.choices().contains(value)) {
                throw new IllegalArgumentException("not one of " + String.join(", ", setting.choices()));
            }
            return value;
        }
    },
    TIME("`HH:MM`, two digits each, `00:00` to `23:59` (`work.end` also takes `24:00`)") {
        @Override
        String check(String value, Setting setting) {
            if (setting == Setting.WORK_END && value.equals("24:00")) {
                return value;
            }
            if (!TIME_OF_DAY.matcher(value).matches()) {
                throw new IllegalArgumentException("not a time of day written HH:MM, such as 08:30");
            }
            return value;
        }
    },
    WEEKDAYS("day names `mon` to `sun`, in any case, separated by commas without spaces, each at most once:"
            + " `mon,tue,wed`; stored in week order") {
        @Override
        String check(String value, Setting setting) {
            return WorkingHours.formatDays(WorkingHours.parseDays(value));
        }
    },
    PATH("a file path, or empty for none") {
        @Override
        String check(String value, Setting setting) {
            if (value.isEmpty()) {
                return "";
            }
            try {
                return Path.of(value).toString();
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("not a file path");
            }
        }
    };

    private final String syntax;

    SettingType(String syntax) {
        this.syntax = syntax;
    }

    /** How a value of this type is written, as docs/settings.md says it (Markdown). */
    public String syntax() {
        return syntax;
    }

    private static final Pattern WHOLE_NUMBER = Pattern.compile("0|[1-9][0-9]*");
    private static final Pattern TIME_OF_DAY = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    /**
     * Checks {@code value} for {@code setting} and returns it in its canonical form.
     *
     * @throws IllegalArgumentException saying what is wrong and what is allowed
     */
    abstract String check(String value, Setting setting);
}
