package org.unhunch.settings;

import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * What every setting value must be before its type looks at it: one line of text that the
 * preferences store can write and read back. The JDK writes a control character as a character
 * reference that XML 1.0 forbids, and at the next read it moves the whole node aside
 * ({@code IncorrectFormatPrefs.xml}); non-characters and lone surrogates are as unreadable.
 */
public final class SettingText {

    /** The longest value the preferences store takes ({@link Preferences#MAX_VALUE_LENGTH}). */
    public static final int MAX_LENGTH = Preferences.MAX_VALUE_LENGTH;

    private static final int QUOTED_LENGTH = 60;

    private SettingText() {
    }

    /** What is wrong with {@code value} as the text of any setting, if anything. */
    public static Optional<String> problem(String value) {
        if (value.length() > MAX_LENGTH) {
            return Optional.of("too long: " + value.length() + " characters; at most " + MAX_LENGTH);
        }
        Optional<String> character = characterProblem(value);
        if (character.isPresent()) {
            return character;
        }
        if (!value.isEmpty() && (isSpace(value.charAt(0)) || isSpace(value.charAt(value.length() - 1)))) {
            return Optional.of("starts or ends with a space; write it without");
        }
        return Optional.empty();
    }

    /** A character in {@code text} that the store cannot write and read back, if any. */
    public static Optional<String> characterProblem(String value) {
        int position = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            position++;
            if (isSurrogate(codePoint)) {
                return Optional.of("holds half of a surrogate pair (" + escape(codePoint) + ") at character " + position
                        + "; not text");
            }
            if (isControl(codePoint)) {
                return Optional.of("holds the control character " + escape(codePoint) + " at character " + position
                        + "; a value is one line of printable text");
            }
            if (isNonCharacter(codePoint)) {
                return Optional.of("holds the non-character " + escape(codePoint) + " at character " + position
                        + "; not text");
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** C0 controls (tab and newline among them), DEL and the C1 controls. */
    static boolean isControl(int codePoint) {
        return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
    }

    /** U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE…). */
    static boolean isNonCharacter(int codePoint) {
        return (codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) == 0xfffe;
    }

    /**
     * {@code text} as it can be quoted in a message on a terminal: control characters,
     * non-characters and lone surrogates as <code>&#92;u001b</code>, and a long text cut short with its length.
     */
    public static String quote(String text) {
        if (text != null && text.length() > QUOTED_LENGTH) {
            int end = Character.isHighSurrogate(text.charAt(QUOTED_LENGTH - 1)) ? QUOTED_LENGTH - 1 : QUOTED_LENGTH;
            return escape(text.substring(0, end)) + "… (" + text.length() + " characters)";
        }
        return escape(text);
    }

    /** {@code text} with control characters, non-characters and lone surrogates written <code>&#92;u001b</code>. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isControl(codePoint) || isNonCharacter(codePoint) || isSurrogate(codePoint)) {
                escaped.append(escape(codePoint));
            } else {
                escaped.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return escaped.toString();
    }

    /** A lone surrogate, as {@link String#codePointAt} returns it. */
    private static boolean isSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }

    private static String escape(int codePoint) {
        return codePoint > 0xffff ? String.format("\\U%08x", codePoint) : String.format("\\u%04x", codePoint);
    }
}
