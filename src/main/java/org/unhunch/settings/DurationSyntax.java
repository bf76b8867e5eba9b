package org.unhunch.settings;

import java.time.Duration;

/**
 * Durations as people write them in settings: whole hours, minutes and seconds in that order,
 * each at most once — {@code 90s}, {@code 5m}, {@code 1h}, {@code 1h30m}, {@code 0s}.
 */
public final class DurationSyntax {

    public static final String DESCRIPTION = "a duration such as 90s, 5m, 1h or 1h30m";

    private static final String UNITS = "hms";
    private static final long MAX_SECONDS = 366L * 24 * 3600;

    private DurationSyntax() {
    }

    /** Parses {@code text}; the message of the exception says what is wrong with it. */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty; expected " + DESCRIPTION);
        }
        long seconds = 0;
        int nextUnit = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int digitsStart = i;
            long number = 0;
            while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                number = number * 10 + (text.charAt(i) - '0');
                if (number > MAX_SECONDS) {
                    throw new IllegalArgumentException("'" + text + "' is too long a duration");
                }
                i++;
            }
            if (i == digitsStart) {
                throw new IllegalArgumentException("'" + text + "' is not " + DESCRIPTION);
            }
            if (i == length) {
                throw new IllegalArgumentException("'" + text + "' needs a unit (h, m or s) after " + number);
            }
            int unit = UNITS.indexOf(text.charAt(i));
            if (unit < nextUnit) {
                throw new IllegalArgumentException("'" + text + "' is not " + DESCRIPTION);
            }
            seconds += number * (unit == 0 ? 3600 : unit == 1 ? 60 : 1);
            if (seconds > MAX_SECONDS) {
                throw new IllegalArgumentException("'" + text + "' is too long a duration");
            }
            nextUnit = unit + 1;
            i++;
        }
        return Duration.ofSeconds(seconds);
    }

    /** Writes {@code duration} in the same syntax, rounded down to whole seconds: {@code 1h30m}, {@code 0s}. */
    public static String format(Duration duration) {
        long total = duration.getSeconds();
        if (total == 0) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        appendPart(text, total / 3600, 'h');
        appendPart(text, total % 3600 / 60, 'm');
        appendPart(text, total % 60, 's');
        return text.toString();
    }

    private static void appendPart(StringBuilder text, long amount, char unit) {
        if (amount > 0) {
            text.append(amount).append(unit);
        }
    }
}
