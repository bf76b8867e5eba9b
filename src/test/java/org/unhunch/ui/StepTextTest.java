package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.plaf.basic.BasicHTML;
import org.junit.jupiter.api.Test;
import org.unhunch.routine.Pacer;
import org.unhunch.routine.RoutineStep;

/**
 * Issue 9, finding 16: a routine file's text is shown as the characters it is. Swing renders label
 * text starting with {@code <html>} through an HTML view (kept in the label's {@code "html"}
 * client property), which can load images from any URL; no label of the step may have one. Needs
 * no display.
 */
class StepTextTest {

    private static final RoutineStep HOSTILE = new RoutineStep("s", "<html><img src=http://127.0.0.1:9/title.png>",
            List.of("<html><b>Arch</b> your back", "<html><img src=http://127.0.0.1:9/line.png>", "Plain & <simple>"),
            Duration.ofSeconds(30), new Pacer.None(), Optional.empty());

    @Test
    void a_steps_title_and_guidance_are_shown_as_plain_text_never_as_html() throws Exception {
        List<JLabel> labels = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            StepText text = new StepText();
            text.show(HOSTILE, 1, 6);
            collect(text, labels);
        });
        assertThat(labels).extracting(JLabel::getText)
                .contains("Step 2 of 6", HOSTILE.title(), HOSTILE.guidance().get(0), HOSTILE.guidance().get(1),
                        HOSTILE.guidance().get(2));
        assertThat(labels).allSatisfy(label -> assertThat(label.getClientProperty(BasicHTML.propertyKey))
                .as("an HTML view for '%s'", label.getText()).isNull());
    }

    @Test
    void fewer_lines_of_guidance_hide_the_others() throws Exception {
        List<JLabel> labels = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            StepText text = new StepText();
            text.show(HOSTILE, 0, 6);
            text.show(new RoutineStep("t", "Stand", List.of("Stand up."), Duration.ofSeconds(30), new Pacer.Hold(),
                    Optional.empty()), 1, 6);
            collect(text, labels);
        });
        assertThat(labels).filteredOn(Component::isVisible).extracting(JLabel::getText)
                .containsExactly("Step 2 of 6", "Stand", "Stand up.");
    }

    private static void collect(Container container, List<JLabel> labels) {
        for (Component component : container.getComponents()) {
            if (component instanceof JLabel label) {
                labels.add(label);
            } else if (component instanceof Container inner) {
                collect(inner, labels);
            }
        }
    }
}
