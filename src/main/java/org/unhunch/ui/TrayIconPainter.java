package org.unhunch.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * The tray icon, drawn for the exact size the tray asks for (16 to 48 px and HiDPI sizes): a ring
 * that fills toward the sitting limit; a filled disc with a person stretching when the break is due
 * (not a ring with a bar, which reads as a power button); two bars when
 * prompts are paused; a filled disc during the routine. Each state differs in shape, not only colour.
 */
final class TrayIconPainter {

    enum Look { AWAY, SITTING, DUE, PAUSED, ROUTINE }

    private static final Color TRACK = new Color(0x9AA5B1);
    private static final Color FILL = new Color(0x2F80ED);
    private static final Color DUE = new Color(0xE2701B);
    private static final Color ROUTINE = new Color(0x27AE60);

    private TrayIconPainter() {
    }

    /** The screen scales a tray icon is drawn for: on a HiDPI screen the tray picks the matching one. */
    static final double[] SCALES = {1, 1.25, 1.5, 1.75, 2, 3};

    /** The icon at {@code size} logical pixels, drawn afresh (not scaled) for each of {@link #SCALES}. */
    static java.awt.image.BaseMultiResolutionImage paintAllScales(int size, Look look, double sittingShare) {
        java.awt.Image[] variants = new java.awt.Image[SCALES.length];
        for (int i = 0; i < SCALES.length; i++) {
            variants[i] = paint((int) Math.round(size * SCALES[i]), look, sittingShare);
        }
        return new java.awt.image.BaseMultiResolutionImage(variants);
    }

    /**
     * A person standing with both arms raised, in white on the due disc: "time to get up and stretch",
     * read at 16 px as a head over a Y.
     */
    private static void paintStretchingFigure(Graphics2D g, int size) {
        double c = size / 2.0;
        float limb = Math.max(1.5f, size / 10f);
        g.setColor(Color.WHITE);
        double head = Math.max(3, size * 0.2);
        g.fill(new Ellipse2D.Double(c - head / 2, size * 0.17, head, head));
        g.setStroke(new BasicStroke(limb, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D figure = new Path2D.Double();
        double shoulders = size * 0.47;
        figure.moveTo(c - size * 0.24, size * 0.27);
        figure.lineTo(c, shoulders);
        figure.lineTo(c + size * 0.24, size * 0.27);
        figure.moveTo(c, shoulders);
        figure.lineTo(c, size * 0.64);
        figure.lineTo(c - size * 0.13, size * 0.83);
        figure.moveTo(c, size * 0.64);
        figure.lineTo(c + size * 0.13, size * 0.83);
        g.draw(figure);
    }

    /** @param sittingShare sitting time over the limit, 0 to 1 (clamped) */
    static BufferedImage paint(int size, Look look, double sittingShare) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            float stroke = Math.max(2f, size / 7f);
            double inset = stroke / 2 + size / 16.0;
            double ring = size - 2 * inset;
            g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.setColor(TRACK);
            g.draw(new Ellipse2D.Double(inset, inset, ring, ring));
            double share = Math.max(0, Math.min(1, sittingShare));
            switch (look) {
                case AWAY -> { }
                case SITTING -> {
                    g.setColor(FILL);
                    g.draw(new Arc2D.Double(inset, inset, ring, ring, 90, -360 * Math.max(0.04, share), Arc2D.OPEN));
                }
                case DUE -> {
                    g.setColor(DUE);
                    double disc = size - 2 * (size / 16.0);
                    g.fill(new Ellipse2D.Double(size / 16.0, size / 16.0, disc, disc));
                    paintStretchingFigure(g, size);
                }
                case PAUSED -> {
                    g.setColor(FILL);
                    double width = Math.max(2, size / 8.0);
                    double height = size * 0.36;
                    double top = (size - height) / 2;
                    g.fill(new RoundRectangle2D.Double(size / 2.0 - width * 1.5, top, width, height, width / 2, width / 2));
                    g.fill(new RoundRectangle2D.Double(size / 2.0 + width * 0.5, top, width, height, width / 2, width / 2));
                }
                case ROUTINE -> {
                    g.setColor(ROUTINE);
                    double disc = ring * 0.62;
                    g.fill(new Ellipse2D.Double((size - disc) / 2, (size - disc) / 2, disc, disc));
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
