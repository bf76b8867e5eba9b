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

/** Escape and Ctrl+W close a window as its close button does, wherever its focus is. */
final class EscapeCloses {

    static final String ACTION = "unhunch.close";
    static final KeyStroke ESCAPE = KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0);
    static final KeyStroke CTRL_W = KeyStroke.getKeyStroke(KeyEvent.VK_W, InputEvent.CTRL_DOWN_MASK);

    private EscapeCloses() {
    }

    /** Closes {@code window} (its close operation and listeners run) on Escape or Ctrl+W. */
    static void bind(Window window, JRootPane root) {
        bind(root, () -> window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING)));
    }

    static void bind(JRootPane root, Runnable close) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(ESCAPE, ACTION);
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(CTRL_W, ACTION);
        root.getActionMap().put(ACTION, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent event) {
                close.run();
            }
        });
    }
}
