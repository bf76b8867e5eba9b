package org.unhunch.activity;

/**
 * Nanoseconds as seconds (JSON output, trace files) with at most three decimals and at least one, never in
 * exponent form: {@code 2700.0}, {@code 2703.5}, {@code 1098.999}. Rounds half up to the millisecond.
 */
public final class SecondsFormat {

    private SecondsFormat() {
    }

    public static String format(long nanos) {
        long millis = Math.floorDiv(nanos + 500_000, 1_000_000);
        long whole = Math.floorDiv(millis, 1000);
        int fraction = Math.floorMod(millis, 1000);
        StringBuilder text = new StringBuilder(24);
        if (millis < 0 && fraction != 0) {
            text.append('-').append(-(whole + 1));
            fraction = 1000 - fraction;
        } else {
            text.append(whole);
        }
        text.append('.');
        if (fraction == 0) {
            return text.append('0').toString();
        }
        if (fraction < 100) {
            text.append('0');
        }
        if (fraction < 10) {
            text.append('0');
        }
        while (fraction % 10 == 0) {
            fraction /= 10;
        }
        return text.append(fraction).toString();
    }
}
