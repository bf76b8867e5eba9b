package org.unhunch.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import javax.swing.JPanel;
import javax.swing.UIManager;
import org.unhunch.routine.Pacer;
import org.unhunch.routine.PacerPhase;

/**
 * The pacer, drawn in Java2D: a countdown ring for the step around a breathing circle that grows
 * on the inhale and shrinks on the exhale, an arrow for the side to turn to, or a filling hold
 * timer — each with its word, so nothing depends on colour alone.
 */
final class PacerView extends JPanel {

    private static final long serialVersionUID = 1L;

    private PacerPhase phase = new PacerPhase(PacerPhase.Cue.NONE, 0);
    private String word = "";
    private double stepLeft = 1;
    private boolean finished;
    private boolean reducedMotion;
    /** What the last painting showed, to the half degree: a frame that would look the same is not painted. */
    private transient Object shown;

    PacerView() {
        setPreferredSize(new Dimension(280, 280));
        getAccessibleContext().setAccessibleName(Texts.get("routine.pacer.accessible", ""));
    }

    /** With reduced motion the breathing circle shows the size the breath goes to, still. */
    void setReducedMotion(boolean reducedMotion) {
        this.reducedMotion = reducedMotion;
    }

    /**
     * @param pacer    the step's pacer, whose words (from the routine file) are drawn as they are
     * @param stepLeft the share of the step still to go, 1 to 0
     */
    void show(PacerPhase phase, Pacer pacer, double stepLeft) {
        this.finished = false;
        this.phase = phase;
        this.word = word(pacer, phase);
        this.stepLeft = stepLeft;
        getAccessibleContext().setAccessibleName(Texts.get("routine.pacer.accessible", word));
        double moving = switch (phase.cue()) {
            case INHALE, EXHALE -> reducedMotion ? 0 : phase.breathSize();
            case HOLD -> phase.progress();
            default -> 0;
        };
        Object look = java.util.List.of(phase.cue(), word, Math.round(720 * stepLeft), Math.round(720 * moving));
        if (!look.equals(shown)) {
            shown = look;
            repaint();
        }
    }

    /** The routine is done: a full ring with a check mark. */
    void showFinished() {
        finished = true;
        shown = null;
        word = "";
        stepLeft = 1;
        phase = new PacerPhase(PacerPhase.Cue.NONE, 1);
        getAccessibleContext().setAccessibleName(Texts.get("routine.finished.title"));
        repaint();
    }

    private static String word(Pacer pacer, PacerPhase phase) {
        return switch (phase.cue()) {
            case INHALE -> ((Pacer.Breathing) pacer).inhaleWord();
            case EXHALE -> ((Pacer.Breathing) pacer).exhaleWord();
            case LEFT -> Texts.get("routine.pacer.left");
            case RIGHT -> Texts.get("routine.pacer.right");
            case HOLD -> Texts.get("routine.pacer.hold");
            case NONE -> Texts.get("routine.pacer.none");
        };
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        super.paintComponent(graphics);
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(getFont().deriveFont(Font.BOLD, 20f));
            FontMetrics metrics = g.getFontMetrics();
            // The word goes under the ring, never on the breathing circle.
            double wordSpace = metrics.getHeight() + 10;
            double size = Math.max(40, Math.min(getWidth(), getHeight() - wordSpace) - 16);
            double x = (getWidth() - size) / 2;
            double y = (getHeight() - wordSpace - size) / 2;
            Color accent = UIManager.getColor("Component.accentColor") != null
                    ? UIManager.getColor("Component.accentColor") : new Color(0x2675BF);
            Color track = blend(getForeground(), getBackground(), 0.85);

            g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(track);
            g.draw(new Ellipse2D.Double(x, y, size, size));
            g.setColor(accent);
            g.draw(new Arc2D.Double(x, y, size, size, 90, 360 * stepLeft, Arc2D.OPEN));

            double inner = size - 50;
            double cx = getWidth() / 2.0;
            double cy = y + size / 2;
            if (finished) {
                Path2D check = new Path2D.Double();
                check.moveTo(cx - inner * 0.22, cy);
                check.lineTo(cx - inner * 0.05, cy + inner * 0.17);
                check.lineTo(cx + inner * 0.25, cy - inner * 0.15);
                g.setColor(accent);
                g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(check);
            }
            switch (phase.cue()) {
                case INHALE, EXHALE -> {
                    double breath = reducedMotion ? (phase.cue() == PacerPhase.Cue.INHALE ? 1 : 0)
                            : phase.breathSize();
                    double eased = 0.5 - Math.cos(Math.PI * breath) / 2;
                    double radius = inner / 2 * (0.35 + 0.65 * eased);
                    g.setColor(blend(accent, getBackground(), 0.55));
                    g.fill(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
                    g.setColor(accent);
                    g.setStroke(new BasicStroke(2));
                    g.draw(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
                }
                case LEFT, RIGHT -> drawArrow(g, cx, cy, inner, phase.cue() == PacerPhase.Cue.LEFT, accent);
                case HOLD -> {
                    g.setColor(blend(accent, getBackground(), 0.6));
                    g.fill(new Arc2D.Double(cx - inner / 2, cy - inner / 2, inner, inner, 90, -360 * phase.progress(),
                            Arc2D.PIE));
                }
                case NONE -> { }
            }
            g.setColor(getForeground());
            g.drawString(word, (float) (cx - metrics.stringWidth(word) / 2.0),
                    (float) (y + size + 10 + metrics.getAscent()));
        } finally {
            g.dispose();
        }
    }

    private static void drawArrow(Graphics2D g, double cx, double cy, double inner, boolean left, Color color) {
        double length = inner * 0.6;
        double direction = left ? -1 : 1;
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(cx - direction * length / 2, cy - 14);
        arrow.lineTo(cx + direction * length / 6, cy - 14);
        arrow.lineTo(cx + direction * length / 6, cy - 40);
        arrow.lineTo(cx + direction * length / 2, cy);
        arrow.lineTo(cx + direction * length / 6, cy + 40);
        arrow.lineTo(cx + direction * length / 6, cy + 14);
        arrow.lineTo(cx - direction * length / 2, cy + 14);
        arrow.closePath();
        g.setColor(color);
        g.fill(arrow);
    }

    static Color blend(Color a, Color b, double towardB) {
        return new Color(
                (int) Math.round(a.getRed() * (1 - towardB) + b.getRed() * towardB),
                (int) Math.round(a.getGreen() * (1 - towardB) + b.getGreen() * towardB),
                (int) Math.round(a.getBlue() * (1 - towardB) + b.getBlue() * towardB));
    }
}
