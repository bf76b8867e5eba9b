package org.unhunch.text;

/**
 * Text quoted back to a person — a message on standard error, a listing on standard output, a log
 * line — made inert: every character that a terminal acts on, or that reorders or breaks the lines
 * it shows, becomes a visible {@code \}{@code uXXXX} (lower-case hex, a supplementary character
 * as its two UTF-16 units). Those are the C0 and C1 controls and DEL, the bidirectional marks,
 * embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the
 * line and paragraph separators (U+2028, U+2029), lone surrogates and non-characters. A tab is
 * kept. A line end ({@code \n}, {@code \r\n}) is kept in whole lines ({@link #escapeLines}) and
 * escaped in a value quoted within a line ({@link #escape}), where it would forge a line.
 *
 * <p>The one implementation for every package: it depends on the JDK alone.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** {@code text}, a value quoted within a line, with every escaped character and line end escaped. */
    public static String escape(CharSequence text) {
        return escaped(text, false);
    }

    /**
     * {@code text} as a message quotes a value: at most its first {@code codePoints} characters
     * (then "…"), escaped as {@link #escape} does.
     */
    public static String shortened(String text, int codePoints) {
        boolean longer = text.codePointCount(0, text.length()) > codePoints;
        return escape(longer ? text.substring(0, text.offsetByCodePoints(0, codePoints)) + "…" : text);
    }

    /** {@code text}, whole lines, with every escaped character escaped and its line ends kept. */
    public static String escapeLines(CharSequence text) {
        return escaped(text, true);
    }

    /** Whether {@code codePoint} is escaped (a line end is, except where whole lines keep it). */
    public static boolean isEscaped(int codePoint) {
        if (codePoint < 0x20) {
            return codePoint != '\t';
        }
        return codePoint >= 0x7f && codePoint <= 0x9f
                || codePoint == 0x061c || codePoint == 0x200e || codePoint == 0x200f
                || codePoint >= 0x2028 && codePoint <= 0x202e
                || codePoint >= 0x2066 && codePoint <= 0x2069
                || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE
                || isNonCharacter(codePoint);
    }

    /** A Unicode non-character: U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+1FFFF…). */
    public static boolean isNonCharacter(int codePoint) {
        return codePoint >= 0xfdd0 && codePoint <= 0xfdef || (codePoint & 0xfffe) == 0xfffe;
    }

    private static String escaped(CharSequence text, boolean keepLineEnds) {
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\t' || keepLineEnds && c == '\n')) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        Escaper escaper = new Escaper(keepLineEnds);
        for (int i = 0; i < text.length(); i++) {
            escaper.append(text.charAt(i), out);
        }
        escaper.finish(out);
        return out.toString();
    }

    /**
     * Escapes text that comes one UTF-16 unit at a time, as through a writer: a carriage return
     * and a high surrogate are held until the next unit shows whether they end a line or a pair.
     */
    public static final class Escaper {

        private final boolean keepLineEnds;
        private boolean heldReturn;
        private char heldHigh;

        /** @param keepLineEnds whether the text is whole lines, whose {@code \n} and {@code \r\n} are kept */
        public Escaper(boolean keepLineEnds) {
            this.keepLineEnds = keepLineEnds;
        }

        /** Appends {@code c} to {@code out}, escaped, or holds it until the next unit. */
        public void append(char c, StringBuilder out) {
            if (heldHigh != 0) {
                char high = heldHigh;
                heldHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    if (isEscaped(Character.toCodePoint(high, c))) {
                        unit(high, out);
                        unit(c, out);
                    } else {
                        out.append(high).append(c);
                    }
                    return;
                }
                unit(high, out);
            }
            if (heldReturn) {
                heldReturn = false;
                if (c == '\n') {
                    out.append("\r\n");
                    return;
                }
                unit('\r', out);
            }
            if (keepLineEnds && c == '\r') {
                heldReturn = true;
            } else if (Character.isHighSurrogate(c)) {
                heldHigh = c;
            } else if (keepLineEnds && c == '\n' || !isEscaped(c)) {
                out.append(c);
            } else {
                unit(c, out);
            }
        }

        /** Appends what is still held: the text ended, so it ended no line and no pair. */
        public void finish(StringBuilder out) {
            if (heldHigh != 0) {
                unit(heldHigh, out);
                heldHigh = 0;
            }
            if (heldReturn) {
                unit('\r', out);
                heldReturn = false;
            }
        }
    }

    private static void unit(char c, StringBuilder out) {
        String hex = Integer.toHexString(c);
        out.append("\\u").append("0000", hex.length(), 4).append(hex);
    }
}
