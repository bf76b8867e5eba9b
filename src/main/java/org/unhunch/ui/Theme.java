package org.unhunch.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** FlatLaf, light or dark: {@code unhunch.theme} = light, dark or system (the default). */
public final class Theme {

    private Theme() {
    }

    public static void install() {
        String theme = System.getProperty("unhunch.theme", "system").toLowerCase(Locale.ROOT);
        boolean dark = theme.equals("dark") || theme.equals("system") && systemPrefersDark();
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** GNOME's colour-scheme setting where it can be read; light elsewhere. */
    private static boolean systemPrefersDark() {
        try {
            Process process = new ProcessBuilder("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")
                    .redirectErrorStream(true).start();
            String answer = new String(process.getInputStream().readAllBytes());
            return process.waitFor(2, TimeUnit.SECONDS) && answer.contains("dark");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
