package org.unhunch.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How a setting's value is written and checked. Each check's message says what is allowed. */
public enum SettingType {
    DURATION {
        @Override
        String check(String value, Setting setting) {
            return setting.model().map(model -> {
                model.parse(value);
                return DurationSyntax.format(DurationSyntax.parse(value));
            }).orElseGet(() -> DurationSyntax.format(DurationSyntax.parse(value)));
        }
    },
    BOOLEAN {
        @Override
        String check(String value, Setting setting) {
            String lower = value.trim().toLowerCase(Locale.ROOT);
            if (!lower.equals("true") && !lower.equals("false")) {
                throw new IllegalArgumentException("not true or false");
            }
            return lower;
        }
    },
    DAYS {
        @Override
        String check(String value, Setting setting) {
            int days;
            try {
                days = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a whole number of days");
            }
            if (days < 7 || days > 3650) {
                throw new IllegalArgumentException("out of range");
            }
            return Integer.toString(days);
        }
    },
    CHOICE {
        @Override
        String check(String value, Setting setting) {
            String trimmed = value.trim();
            if (!setting.choices().contains(trimmed)) {
                throw new IllegalArgumentException("not one of " + String.join(", ", setting.choices()));
            }
            return trimmed;
        }
    },
    TIME {
        @Override
        String check(String value, Setting setting) {
            if (setting == Setting.WORK_END && value.trim().equals("24:00")) {
                return "24:00";
            }
            try {
                return LocalTime.parse(value.trim()).toString();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a time of day such as 08:30");
            }
        }
    },
    WEEKDAYS {
        @Override
        String check(String value, Setting setting) {
            try {
                return WorkingHours.formatDays(WorkingHours.parseDays(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a list of days such as mon,tue,wed,thu,fri");
            }
        }
    },
    PATH {
        @Override
        String check(String value, Setting setting) {
            if (value.isBlank()) {
                return "";
            }
            try {
                return Path.of(value.trim()).toString();
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("not a file path");
            }
        }
    };

    /**
     * Checks {@code value} for {@code setting} and returns it in its canonical form.
     *
     * @throws IllegalArgumentException saying what is wrong and what is allowed
     */
    abstract String check(String value, Setting setting);
}
