package org.unhunch.app;

import java.awt.GraphicsEnvironment;
import java.util.Optional;

/** Whether a graphical display can be used, asked before anything native or Swing is loaded. */
public final class DisplayCheck {

    private DisplayCheck() {
    }

    /** Why there is no usable display, or empty if there is one. */
    public static Optional<String> problem() {
        if (GraphicsEnvironment.isHeadless()) {
            return Optional.of("DISPLAY is not set, or Java runs headless");
        }
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return Optional.empty();
        } catch (java.awt.AWTError | java.awt.HeadlessException e) {
            return Optional.of("the display cannot be opened: " + e.getMessage());
        }
    }
}
