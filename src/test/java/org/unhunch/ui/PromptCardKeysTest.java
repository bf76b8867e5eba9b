package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.Test;

/** The prompt card's keys, bound to its answers (needs no display). */
class PromptCardKeysTest {

    private final List<String> answered = new ArrayList<>();
    private final JRootPane root = new JRootPane();
    private final JButton start = button("start");
    private final JButton snooze = button("snooze");
    private final JButton skip = button("skip");

    private JButton button(String answer) {
        JButton button = new JButton(answer);
        button.addActionListener(event -> answered.add(answer));
        return button;
    }

    @Test
    void alt_s_n_and_k_are_start_snooze_and_skip() {
        PromptCard.keys(root, start, snooze, skip);

        assertThat(start.getMnemonic()).isEqualTo(KeyEvent.VK_S);
        assertThat(snooze.getMnemonic()).isEqualTo(KeyEvent.VK_N);
        assertThat(skip.getMnemonic()).isEqualTo(KeyEvent.VK_K);
        assertThat(mnemonicBinding(snooze, KeyEvent.VK_N)).as("Alt+N reaches the snooze button").isNotNull();
        assertThat(mnemonicBinding(start, KeyEvent.VK_N)).isNull();
    }

    @Test
    void enter_starts_and_escape_snoozes() {
        PromptCard.keys(root, start, snooze, skip);

        assertThat(root.getDefaultButton()).isSameAs(start);
        Object escape = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .get(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0));
        root.getActionMap().get(escape).actionPerformed(new ActionEvent(root, ActionEvent.ACTION_PERFORMED, null));
        assertThat(answered).containsExactly("snooze");
    }

    private static Object mnemonicBinding(JButton button, int key) {
        return button.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .get(KeyStroke.getKeyStroke(key, InputEvent.ALT_DOWN_MASK, true));
    }
}
