package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.ActionEvent;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.Test;

/** Escape and Ctrl+W close a window wherever the focus is in it. */
class CloseKeysTest {

    private final JRootPane root = new JRootPane();
    private final AtomicInteger closed = new AtomicInteger();

    private void press(KeyStroke key) {
        Object action = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).get(key);
        assertThat(action).as(key + " bound on the root pane").isNotNull();
        root.getActionMap().get(action).actionPerformed(new ActionEvent(root, ActionEvent.ACTION_PERFORMED, ""));
    }

    @Test
    void escape_and_ctrl_w_close_the_window() {
        CloseKeys.install(root, closed::incrementAndGet);

        press(CloseKeys.ESCAPE);
        assertThat(closed).hasValue(1);
        press(CloseKeys.CTRL_W);
        assertThat(closed).hasValue(2);
    }

    @Test
    void other_keys_are_left_alone() {
        CloseKeys.install(root, closed::incrementAndGet);

        assertThat(root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).get(KeyStroke.getKeyStroke("W"))).isNull();
        assertThat(root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).get(KeyStroke.getKeyStroke("ctrl Q"))).isNull();
    }
}
