package org.unhunch.ui;

import java.awt.Rectangle;
import org.unhunch.testing.Desktop;

/** Clicks on the prompt card's buttons, found from its layout constants. */
final class CardClicks {

    private CardClicks() {
    }

    /** Clicks the card's Start button (the first of its three). */
    static void start(String card) {
        Rectangle bounds = Desktop.geometry(card);
        int buttonWidth = (PromptCard.WIDTH - 2 * PromptCard.PADDING - 2 * PromptCard.GAP) / 3;
        Desktop.xdotool("mousemove", Integer.toString(bounds.x + PromptCard.PADDING + buttonWidth / 2),
                Integer.toString(bounds.y + bounds.height - PromptCard.PADDING - PromptCard.BUTTON_HEIGHT / 2),
                "click", "1");
    }
}
