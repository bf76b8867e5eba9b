package org.unhunch.routine;

import java.util.Optional;
import org.unhunch.text.TerminalText;

/**
 * The rules for text from a routine file, which is shown on screen and quoted in messages. Lengths
 * count characters (code points), not UTF-16 units. Control characters, line and paragraph
 * separators, unpaired surrogates and Unicode non-characters are refused in text; a message that
 * quotes the file escapes what {@link TerminalText} escapes, so it can never steer a terminal.
 */
final class RoutineText {

    /** How much of a value a message quotes. */
    private static final int QUOTE_CHARACTERS = 40;

    private RoutineText() {
    }

    /** Why {@code text} cannot be shown, or empty if it can. */
    static Optional<String> problem(String text, int maxCharacters) {
        int characters = 0;
        boolean visible = false;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            characters++;
            Optional<String> refused = refused(c);
            if (refused.isPresent()) {
                return Optional.of("has " + refused.get() + " at character " + characters
                        + "; only printable text is allowed");
            }
            visible |= !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT;
        }
        if (!visible) {
            return Optional.of("is blank");
        }
        return characters > maxCharacters
                ? Optional.of("is " + characters + " characters long; at most " + maxCharacters) : Optional.empty();
    }

    /** {@code value} in quotes for a message: shortened, and every refused character escaped. */
    static String quoted(String value) {
        return "'" + shortened(value) + "'";
    }

    /** {@code value} for a message: its first characters, and every refused character escaped. */
    static String shortened(String value) {
        return TerminalText.shortened(value, QUOTE_CHARACTERS);
    }

    private static Optional<String> refused(int c) {
        String kind = switch (Character.getType(c)) {
            case Character.CONTROL -> "a control character";
            case Character.LINE_SEPARATOR -> "a line separator";
            case Character.PARAGRAPH_SEPARATOR -> "a paragraph separator";
            case Character.SURROGATE -> "an unpaired surrogate";
            default -> TerminalText.isNonCharacter(c) ? "the non-character" : null;
        };
        return kind == null ? Optional.empty() : Optional.of(kind + String.format(" U+%04X", c));
    }
}
