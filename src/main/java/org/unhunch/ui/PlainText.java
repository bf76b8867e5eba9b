package org.unhunch.ui;

import javax.swing.JLabel;

/**
 * Labels for text from outside the code (a routine file IT ships, say), shown as the characters it
 * is. Swing renders label text that starts with {@code <html>} as HTML, which can load images from
 * any URL; a label from here never does. Make every label that shows such text here.
 */
final class PlainText {

    /** Swing's switch for HTML rendering ({@code BasicHTML}'s private {@code htmlDisable}). */
    private static final String HTML_DISABLE = "html.disable";

    private PlainText() {
    }

    /** An empty label that shows whatever text it is given as plain text. */
    static JLabel label() {
        JLabel label = new JLabel();
        // Swing decides on HTML when the text is set, so the switch goes on before any text.
        label.putClientProperty(HTML_DISABLE, Boolean.TRUE);
        return label;
    }

    /** A label that shows {@code text}, and whatever it is given later, as plain text. */
    static JLabel label(String text) {
        JLabel label = label();
        label.setText(text);
        return label;
    }
}
