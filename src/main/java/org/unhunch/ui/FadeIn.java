package org.unhunch.ui;

import java.awt.GraphicsDevice;
import java.awt.Window;
import javax.swing.Timer;

/**
 * A window that comes in gently: from transparent to opaque over {@link #MILLIS}, easing out, where
 * the screen can draw translucent windows (a compositing desktop); at once elsewhere (plain X11, as
 * on the test desktop) and where reduced motion is asked for ({@code -Dunhunch.reducedMotion=true}).
 */
final class FadeIn {

    static final int MILLIS = 220;
    private static final int FRAME_MILLIS = 16;

    private FadeIn() {
    }

    static void show(Window window, boolean reducedMotion) {
        GraphicsDevice screen = window.getGraphicsConfiguration().getDevice();
        if (reducedMotion || !screen.isWindowTranslucencySupported(GraphicsDevice.WindowTranslucency.TRANSLUCENT)) {
            window.setVisible(true);
            return;
        }
        window.setOpacity(0f);
        window.setVisible(true);
        long start = System.nanoTime();
        Timer frames = new Timer(FRAME_MILLIS, null);
        frames.addActionListener(event -> {
            float opacity = opacityAt((System.nanoTime() - start) / 1_000_000);
            window.setOpacity(opacity);
            if (opacity >= 1f || !window.isVisible()) {
                window.setOpacity(1f);
                frames.stop();
            }
        });
        frames.start();
    }

    /** The opacity {@code elapsedMillis} into the fade: 0 at the start, 1 from {@link #MILLIS} on, easing out. */
    static float opacityAt(long elapsedMillis) {
        double t = Math.max(0, Math.min(1, elapsedMillis / (double) MILLIS));
        return (float) (1 - Math.pow(1 - t, 3));
    }
}
