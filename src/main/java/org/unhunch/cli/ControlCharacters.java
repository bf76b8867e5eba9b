package org.unhunch.cli;

/**
 * Text on its way to a terminal or a log file made inert: characters that a terminal acts on or
 * that reorder what is shown — C0 controls, DEL, C1 controls, bidirectional overrides, isolates
 * and marks, line and paragraph separators — become visible escapes such as {@code \u001b}. Line
 * feeds, a carriage return before one ({@code \r\n}) and tabs are kept.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether {@code c} is escaped wherever it appears ({@code \r} is kept before {@code \n}). */
    static boolean isEscaped(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\t';
        }
        return c >= 0x7f && c <= 0x9f
                || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || c >= '\u2028' && c <= '\u202e'
                || c >= '\u2066' && c <= '\u2069';
    }

    /** {@code text} with every escaped character as {@code \}{@code uXXXX}. */
    static String escape(String text) {
        StringBuilder escaped = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean keptReturn = c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n';
            if (isEscaped(c) && !keptReturn) {
                if (escaped == null) {
                    escaped = new StringBuilder(length + 16).append(text, 0, i);
                }
                appendEscape(escaped, c);
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    static void appendEscape(StringBuilder to, char c) {
        to.append("\\u");
        String hex = Integer.toHexString(c);
        to.append("0000", hex.length(), 4).append(hex);
    }
}
