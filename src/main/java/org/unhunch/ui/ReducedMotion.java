package org.unhunch.ui;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether the person or the system asks for less motion: the figure then shows its key poses
 * still, and the card comes without fading in. {@code -Dunhunch.reducedMotion=true|false} decides
 * where it is given; else GNOME's "Animations" switch (off: reduced). Reads gsettings: not on the EDT.
 */
public final class ReducedMotion {

    static final String PROPERTY = "unhunch.reducedMotion";

    private ReducedMotion() {
    }

    public static boolean asked() {
        return asked(System.getProperty(PROPERTY), () -> GnomeInterface.get("enable-animations"));
    }

    /**
     * @param property   the system property, or null
     * @param animations GNOME's {@code enable-animations}, as printed: asked only where the property is not given
     */
    static boolean asked(String property, Supplier<Optional<String>> animations) {
        if (property != null) {
            return Boolean.parseBoolean(property);
        }
        return animations.get().map(value -> value.equals("false")).orElse(false);
    }
}
