package org.unhunch.settings;

import java.util.Optional;
import java.util.prefs.Preferences;
import org.unhunch.text.TerminalText;

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
            if (TerminalText.isNonCharacter(codePoint)) {
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

    /** {@code text} as it can be quoted in a message on a terminal: {@link #escape}d, a long text cut short with its length. */
    public static String quote(String text) {
        if (text != null && text.length() > QUOTED_LENGTH) {
            int end = Character.isHighSurrogate(text.charAt(QUOTED_LENGTH - 1)) ? QUOTED_LENGTH - 1 : QUOTED_LENGTH;
            return escape(text.substring(0, end)) + "… (" + text.length() + " characters)";
        }
        return escape(text);
    }

    /** {@code text} as {@link TerminalText#escape} writes it, for a message or a listing; "" for null. */
    public static String escape(String text) {
        return text == null ? "" : TerminalText.escape(text);
    }

    /** A lone surrogate, as {@link String#codePointAt} returns it. */
    private static boolean isSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }

    /** The character {@code codePoint} named in a problem, always as its escape (a tab too): {@code \u0009}. */
    private static String escape(int codePoint) {
        StringBuilder named = new StringBuilder();
        for (char unit : Character.toChars(codePoint)) {
            named.append(String.format("\\u%04x", (int) unit));
        }
        return named.toString();
    }
}
