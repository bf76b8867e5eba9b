package org.unhunch.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words on screen, from {@code Messages.properties} (English; other languages beside it). A
 * message written in HTML (it starts with {@code <html>}) gets its arguments as text: a folder name
 * or a file path with {@code <img src=...>} in it is shown as those characters, never rendered.
 */
public final class Texts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.unhunch.ui.Messages");

    private Texts() {
    }

    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    public static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        if (arguments.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] shown = pattern.startsWith("<html>") ? asHtmlText(arguments) : arguments;
        return new MessageFormat(pattern, Locale.getDefault()).format(shown);
    }

    private static Object[] asHtmlText(Object[] arguments) {
        Object[] escaped = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            escaped[i] = arguments[i] instanceof Number || arguments[i] instanceof java.util.Date ? arguments[i]
                    : escapeHtml(String.valueOf(arguments[i]));
        }
        return escaped;
    }

    static String escapeHtml(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
