package org.unhunch.ui;

import java.awt.Color;
import javax.swing.JComponent;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * The settings dialog's line under the tabs: empty, or why a change was not saved (a value the
 * organisation locked meanwhile, say). Plain text, wrapped to the dialog's width over two lines,
 * never cut short: a refusal naming two file paths is read whole.
 */
final class StatusLine {

    private final JTextArea text = new JTextArea(2, 0);

    StatusLine() {
        text.setEditable(false);
        text.setFocusable(false);
        text.setOpaque(false);
        text.setBorder(null);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setFont(UIManager.getFont("Label.font"));
    }

    JComponent component() {
        return text;
    }

    void clear() {
        text.setText("");
    }

    /** Says that a change was not saved, and {@code why} (the store's words, as {@code settings set} says them). */
    void notSaved(String why) {
        text.setForeground(errorColour());
        text.setText(Texts.get("settings.notSaved", why));
    }

    String shown() {
        return text.getText();
    }

    private static Color errorColour() {
        Color colour = UIManager.getColor("Component.error.focusedBorderColor");
        return colour != null ? colour : Color.RED.darker();
    }
}
