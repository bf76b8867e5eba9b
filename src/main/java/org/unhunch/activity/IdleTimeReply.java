package org.unhunch.activity;

import java.time.Duration;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.UInt64;

/**
 * What an idle-time service sent back, read strictly: exactly one unsigned number of the type the
 * method declares ({@code t} or {@code u}), and for an idle time, no more than {@link #MOST_MILLIS}.
 * Anything else is refused with a message that names the service and the method and says no more
 * than the reply's signature and the number.
 */
final class IdleTimeReply {

    /**
     * Ten years: no desk goes that long without input, so a longer count is garbage (a wrapped or
     * uninitialised value) and is refused rather than taken as a person long gone.
     */
    static final long MOST_MILLIS = Duration.ofDays(3653).toMillis();
    private static final int LONGEST_SIGNATURE = 16;

    private IdleTimeReply() {
    }

    /**
     * The milliseconds in a reply to {@code asked}.
     *
     * @param asked     who was asked what, for the message: "org.gnome.Mutter.IdleMonitor's GetIdletime"
     * @param expected  the declared signature: "t" (UInt64) or "u" (UInt32)
     * @param signature the reply's signature as it came
     * @param values    the reply's values as dbus-java read them
     */
    static long millis(String asked, String expected, String signature, Object[] values)
            throws IdleTimeUnreadableException {
        long millis = unsigned(asked, expected, signature, values);
        if (Long.compareUnsigned(millis, MOST_MILLIS) > 0) {
            throw new IdleTimeUnreadableException(asked + " said " + Long.toUnsignedString(millis)
                    + " ms, more than ten years: not an idle time");
        }
        return millis;
    }

    /**
     * The one unsigned number in a reply or signal (an idle time, a watch's id): its 64 bits, to be
     * read unsigned (a {@code t} past {@link Long#MAX_VALUE} comes out negative).
     */
    static long unsigned(String asked, String expected, String signature, Object[] values)
            throws IdleTimeUnreadableException {
        if (!expected.equals(signature) || values == null || values.length != 1) {
            throw new IdleTimeUnreadableException(asked + " sent " + said(signature) + ", not one number ("
                    + expected + ")");
        }
        Object value = values[0];
        if (expected.equals("t") && value instanceof UInt64 number) {
            return number.value().longValue();
        }
        if (expected.equals("u") && value instanceof UInt32 number) {
            return number.longValue();
        }
        throw new IdleTimeUnreadableException(asked + " sent " + said(signature) + " that is not one number ("
                + expected + ")");
    }

    /** A signature as it came, kept to a few printable characters. */
    private static String said(String signature) {
        if (signature == null || signature.isEmpty()) {
            return "nothing";
        }
        StringBuilder kept = new StringBuilder();
        signature.codePoints().limit(LONGEST_SIGNATURE).forEach(c -> kept.append(c >= 0x21 && c < 0x7f ? (char) c : '?'));
        return "(" + (signature.length() > LONGEST_SIGNATURE ? kept + "…" : kept) + ")";
    }
}
