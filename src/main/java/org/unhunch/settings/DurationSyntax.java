package org.unhunch.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Durations as people write them in settings: whole hours, minutes and seconds in that order, each
 * at most once — {@code 90s}, {@code 5m}, {@code 1h}, {@code 1h30m}, {@code 0s}. One strict syntax:
 * ASCII digits without sign or leading zero; a part after the first is less than 60 ({@code 1h59m},
 * not {@code 1h61m}); no part is 0 unless it is the only one ({@code 0s}, not {@code 0h50m}); at
 * most 366 days.
 */
public final class DurationSyntax {

    public static final String DESCRIPTION = "a duration such as 90s, 5m, 1h or 1h30m";

    private static final String UNITS = "hms";
    private static final long[] UNIT_SECONDS = {3600, 60, 1};
    private static final String[] UNIT_NAMES = {"hours", "minutes", "seconds"};
    private static final long MAX_SECONDS = 366L * 24 * 3600;

    /** One number and its unit, as written. */
    private record Part(long number, int unit, boolean leadingZero) {
    }

    private DurationSyntax() {
    }

    /** Parses {@code text}; the message of the exception says what is wrong with it and how to write it. */
    public static Duration parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty; expected " + DESCRIPTION);
        }
        List<Part> parts = parts(text);
        long seconds = 0;
        for (Part part : parts) {
            seconds += part.number() * UNIT_SECONDS[part.unit()];
        }
        if (seconds > MAX_SECONDS) {
            throw new IllegalArgumentException(quoted(text) + " is too long a duration; at most 366 days");
        }
        String canonical = format(Duration.ofSeconds(seconds));
        for (Part part : parts) {
            if (part.leadingZero()) {
                throw new IllegalArgumentException(quoted(text) + " has a leading zero; write " + canonical);
            }
            if (part.number() == 0 && parts.size() > 1) {
                throw new IllegalArgumentException(quoted(text) + " has a part that is 0; write " + canonical);
            }
        }
        for (int i = 1; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (part.number() >= 60) {
                throw new IllegalArgumentException(quoted(text) + " has " + part.number() + " "
                        + UNIT_NAMES[part.unit()] + " after the " + UNIT_NAMES[parts.get(i - 1).unit()]
                        + " (at most 59); write " + canonical);
            }
        }
        return Duration.ofSeconds(seconds);
    }

    /** The numbers and units of {@code text}, in order; refuses anything but digits followed by h, m or s. */
    private static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        int nextUnit = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int digitsStart = i;
            long number = 0;
            while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                number = number * 10 + (text.charAt(i) - '0');
                if (number > MAX_SECONDS) {
                    throw new IllegalArgumentException(quoted(text) + " is too long a duration; at most 366 days");
                }
                i++;
            }
            if (i == digitsStart) {
                throw new IllegalArgumentException(quoted(text) + " is not " + DESCRIPTION);
            }
            if (i == length) {
                throw new IllegalArgumentException(quoted(text) + " needs a unit (h, m or s) after " + number);
            }
            int unit = UNITS.indexOf(text.charAt(i));
            if (unit < 0) {
                throw new IllegalArgumentException(quoted(text) + " is not " + DESCRIPTION);
            }
            if (unit < nextUnit) {
                throw new IllegalArgumentException(quoted(text) + " is not " + DESCRIPTION
                        + " (h, m and s in that order, each at most once)");
            }
            parts.add(new Part(number, unit, text.charAt(digitsStart) == '0' && i - digitsStart > 1));
            nextUnit = unit + 1;
            i++;
        }
        return parts;
    }

    private static String quoted(String text) {
        return "'" + SettingText.quote(text) + "'";
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
