package org.unhunch.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words on screen, from {@code Messages.properties} (English; other languages beside it). */
public final class Texts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.unhunch.ui.Messages");

    private Texts() {
    }

    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    public static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern.replace("''", "'")
                : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
