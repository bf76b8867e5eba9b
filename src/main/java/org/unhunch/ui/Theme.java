package org.unhunch.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.util.Locale;

/**
 * FlatLaf, light or dark: the {@code theme} setting (light, dark or system), or for one run the
 * system property {@code unhunch.theme}.
 */
public final class Theme {

    private Theme() {
    }

    /** Sets the look before any window is made. */
    public static void install(String setting) {
        install(dark(setting));
    }

    /**
     * Whether the look is dark: the setting, or for {@code system} GNOME's colour scheme, which
     * runs {@code gsettings} (so not on the EDT). Loads nothing of FlatLaf.
     */
    static boolean dark(String setting) {
        String theme = System.getProperty("unhunch.theme", setting).toLowerCase(Locale.ROOT);
        return theme.equals("dark") || theme.equals("system") && systemPrefersDark();
    }

    /** Sets the look, dark or light, before any window is made. */
    static void install(boolean dark) {
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Changes the look of every window there is. On the EDT. */
    static void switchTo(boolean dark) {
        install(dark);
        FlatLaf.updateUI();
    }

    /** GNOME's colour-scheme setting where it can be read; light elsewhere. */
    private static boolean systemPrefersDark() {
        return GnomeInterface.get("color-scheme").map(scheme -> scheme.contains("dark")).orElse(false);
    }
}
