package org.unhunch.ui;

import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;

/**
 * Escape and Ctrl+W close a window, wherever the focus is in it. A control that uses Escape itself
 * (an open list, a field being edited) takes it first.
 */
final class CloseKeys {

    static final KeyStroke ESCAPE = KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0);
    static final KeyStroke CTRL_W = KeyStroke.getKeyStroke(KeyEvent.VK_W, InputEvent.CTRL_DOWN_MASK);
    private static final String CLOSE = "unhunch.close";

    private CloseKeys() {
    }

    /** Closes {@code window} as its close button does (its close operation and listeners run). */
    static void install(Window window, JRootPane root) {
        install(root, () -> window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING)));
    }

    static void install(JRootPane root, Runnable close) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(ESCAPE, CLOSE);
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(CTRL_W, CLOSE);
        root.getActionMap().put(CLOSE, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent event) {
                close.run();
            }
        });
    }
}
