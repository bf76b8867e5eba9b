package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import javax.swing.JComponent;
import org.junit.jupiter.api.Test;

/**
 * The settings dialog's status line (issue 10, section 4): a change the store refused, a key the
 * organisation locked while the dialog was open among them, is said as not saved, in the store's
 * words, whole however long.
 */
class StatusLineTest {

    private final StatusLine status = new StatusLine();

    @Test
    void a_refusal_says_the_change_was_not_saved_in_the_words_of_settings_set() {
        status.notSaved("break.gap=7m: set by your organisation (10m); it cannot be changed here");

        assertThat(status.shown())
                .isEqualTo("Not saved: break.gap=7m: set by your organisation (10m); it cannot be changed here");
        status.clear();
        assertThat(status.shown()).isEmpty();
    }

    @Test
    void a_refusal_longer_than_the_dialog_is_wide_is_wrapped_onto_more_lines_not_cut_short() {
        JComponent line = status.component();
        line.setSize(new Dimension(400, Short.MAX_VALUE));
        int empty = line.getPreferredSize().height;
        String why = "routine.file=/home/someone/Documents/my-own-routines.json: set by your organisation"
                + " (/etc/unhunch/routines-for-everyone.json); it cannot be changed here";

        status.notSaved(why);
        line.setSize(new Dimension(400, Short.MAX_VALUE));

        assertThat(status.shown()).endsWith(why);
        assertThat(line.getFontMetrics(line.getFont()).stringWidth(status.shown())).as("wider than the line")
                .isGreaterThan(400);
        assertThat(line.getPreferredSize().width).as("no wider than the dialog").isLessThanOrEqualTo(400);
        assertThat(line.getPreferredSize().height).as("as many lines as the whole text needs").isGreaterThan(empty);
    }
}
