package org.unhunch.ui;

import java.awt.Component;
import java.awt.Font;
import java.util.List;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.unhunch.routine.RoutineStep;

/**
 * The words of the routine window: "Step 2 of 6", the step's title and its lines of guidance. The
 * title and guidance come from a routine file, so every label is {@link PlainText}.
 */
final class StepText extends JPanel {

    private static final long serialVersionUID = 1L;
    /** A step has at most three lines of guidance (the routine file's limit). */
    private static final int GUIDANCE_LINES = 3;

    private final JLabel stepOf = PlainText.label();
    private final JLabel title = PlainText.label();
    private final List<JLabel> guidance = List.of(PlainText.label(), PlainText.label(), PlainText.label());

    StepText() {
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        stepOf.setFont(stepOf.getFont().deriveFont(Font.PLAIN, 13f));
        title.setFont(title.getFont().deriveFont(Font.BOLD, 22f));
        JPanel lines = new JPanel();
        lines.setLayout(new BoxLayout(lines, BoxLayout.Y_AXIS));
        for (JLabel line : guidance) {
            line.setFont(line.getFont().deriveFont(15f));
            line.setAlignmentX(Component.LEFT_ALIGNMENT);
            lines.add(line);
        }
        add(stepOf);
        add(Box.createVerticalStrut(4));
        add(title);
        add(Box.createVerticalStrut(8));
        add(lines);
    }

    /** Shows {@code step}, step {@code index} (from 0) of {@code count}. */
    void show(RoutineStep step, int index, int count) {
        stepOf.setText(Texts.get("routine.step", index + 1, count));
        title.setText(step.title());
        showGuidance(step.guidance());
    }

    void showFinished() {
        stepOf.setText(" ");
        title.setText(Texts.get("routine.finished.title"));
        showGuidance(List.of(Texts.get("routine.finished.text")));
    }

    private void showGuidance(List<String> lines) {
        for (int i = 0; i < GUIDANCE_LINES; i++) {
            JLabel line = guidance.get(i);
            line.setText(i < lines.size() ? lines.get(i) : "");
            line.setVisible(i < lines.size());
        }
    }
}
