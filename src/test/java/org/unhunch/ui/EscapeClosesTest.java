package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.ActionEvent;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import org.junit.jupiter.api.Test;

/** Escape and Ctrl+W are bound to closing, on the root pane (needs no display). */
class EscapeClosesTest {

    @Test
    void escape_and_ctrl_w_close_the_window_wherever_its_focus_is() {
        JRootPane root = new JRootPane();
        AtomicInteger closed = new AtomicInteger();

        EscapeCloses.bind(root, closed::incrementAndGet);

        for (javax.swing.KeyStroke key : new javax.swing.KeyStroke[] {EscapeCloses.ESCAPE, EscapeCloses.CTRL_W}) {
            Object name = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).get(key);
            assertThat(name).as("%s", key).isNotNull();
            Action action = root.getActionMap().get(name);
            action.actionPerformed(new ActionEvent(root, ActionEvent.ACTION_PERFORMED, null));
        }
        assertThat(closed).hasValue(2);
    }
}
