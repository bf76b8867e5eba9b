package org.unhunch.app;

import java.awt.GraphicsEnvironment;
import java.util.Optional;

/**
 * Whether a graphical display can be used, asked before anything native or Swing is loaded. Asked
 * once: the JDK's graphics classes that fail to start stay failed, so the first answer (with its
 * reason) is kept for every later question, from whichever thread asked first.
 */
public final class DisplayCheck {

    private static Optional<String> problem;

    private DisplayCheck() {
    }

    /** Why there is no usable display, or empty if there is one. */
    public static synchronized Optional<String> problem() {
        if (problem == null) {
            problem = ask();
        }
        return problem;
    }

    private static Optional<String> ask() {
        if (GraphicsEnvironment.isHeadless()) {
            return Optional.of("DISPLAY is not set, or Java runs headless");
        }
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return Optional.empty();
        } catch (java.awt.AWTError | java.awt.HeadlessException | LinkageError e) {
            return Optional.of("the display cannot be opened: " + e.getMessage());
        }
    }
}
