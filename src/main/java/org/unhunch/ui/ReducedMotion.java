package org.unhunch.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether the person or the system asks for less motion: the figure then shows its key poses
 * still, and the card comes without fading in. {@code -Dunhunch.reducedMotion=true|false} decides
 * for one run where it is given; else the {@code motion} setting ({@code full} or {@code reduced});
 * for {@code system}, GNOME's "Animations" switch (off: reduced). May read gsettings: not on the EDT.
 */
public final class ReducedMotion {

    static final String PROPERTY = "unhunch.reducedMotion";

    private ReducedMotion() {
    }

    /** @param setting the {@code motion} setting: system, full or reduced */
    public static boolean asked(String setting) {
        return asked(System.getProperty(PROPERTY), setting, () -> GnomeInterface.get("enable-animations"));
    }

    /**
     * @param property   the system property, or null
     * @param setting    the {@code motion} setting
     * @param animations GNOME's {@code enable-animations}, as printed: asked only where neither the
     *                   property nor the setting decides
     */
    static boolean asked(String property, String setting, Supplier<Optional<String>> animations) {
        if (property != null) {
            return Boolean.parseBoolean(property);
        }
        return switch (setting.toLowerCase(Locale.ROOT)) {
            case "full" -> false;
            case "reduced" -> true;
            default -> animations.get().map(value -> value.equals("false")).orElse(false);
        };
    }
}
