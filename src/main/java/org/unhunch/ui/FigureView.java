package org.unhunch.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.JPanel;
import javax.swing.UIManager;
import org.unhunch.routine.Motion;
import org.unhunch.routine.PacerPhase;
import org.unhunch.routine.Pose;
import org.unhunch.routine.Poses;
import org.unhunch.ui.FigureSkeleton.Point;

/**
 * A line-and-capsule figure doing the step's motion, drawn in Java2D from a {@link Pose}: from the
 * side, the front or above as the motion needs, on a chair when seated, with the band or the roller
 * it uses. The limbs on the far side are paler. Its accessible description says the movement.
 */
final class FigureView extends JPanel {

    private static final long serialVersionUID = 1L;
    private static final double LIMB = 0.085;
    private static final double MARGIN = 14;
    /** The room, in body units, a standing figure gets: so a figure seen from above is not drawn giant. */
    private static final double FIGURE_HEIGHT = 1.9;
    /** The same from above, where a seated figure is only about a metre across. */
    private static final double ABOVE_HEIGHT = 1.0;

    private final transient Map<Motion, Rectangle2D> frames = new EnumMap<>(Motion.class);
    private transient Motion motion;
    private transient FigureSkeleton skeleton;

    FigureView() {
        setPreferredSize(new Dimension(300, 300));
        setOpaque(false);
        getAccessibleContext().setAccessibleName(Texts.get("routine.figure.accessible"));
    }

    /** Shows {@code motion} at {@code phase}; with {@code keyPosesOnly} the pose the cue moves to, still. */
    void show(Motion motion, PacerPhase phase, boolean keyPosesOnly) {
        boolean newMotion = motion != this.motion;
        if (newMotion) {
            this.motion = motion;
            getAccessibleContext().setAccessibleDescription(description(motion));
        }
        Pose pose = keyPosesOnly ? Poses.keyPose(motion, phase) : Poses.pose(motion, phase);
        if (!newMotion && skeleton != null && pose.equals(skeleton.pose())) {
            return;
        }
        FigureSkeleton before = skeleton;
        skeleton = FigureSkeleton.of(pose);
        if (before == null || newMotion || getWidth() == 0) {
            repaint();
            return;
        }
        // Only where the figure was and now is: the chair, the floor and the rest stay as they are.
        Painter page = new Painter(null, skeleton, frame(motion), getWidth(), getHeight(), null);
        Rectangle2D changed = page.onScreen(Painter.bounds(before)).createUnion(page.onScreen(Painter.bounds(skeleton)));
        repaint(changed.getBounds());
    }

    /** What the figure shows, in words (the accessible description). */
    static String description(Motion motion) {
        return Texts.get("routine.motion." + motion.id());
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        if (skeleton == null) {
            return;
        }
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            new Painter(g, skeleton, frame(motion), getWidth(), getHeight(), colours()).paint();
        } finally {
            g.dispose();
        }
    }

    private Colours colours() {
        Color foreground = UIManager.getColor("Label.foreground") != null ? UIManager.getColor("Label.foreground")
                : getForeground();
        Color background = getParent() != null ? getParent().getBackground() : getBackground();
        Color accent = UIManager.getColor("Component.accentColor") != null
                ? UIManager.getColor("Component.accentColor") : new Color(0x2675BF);
        return new Colours(PacerView.blend(foreground, background, 0.2), PacerView.blend(foreground, background, 0.55),
                PacerView.blend(foreground, background, 0.78), accent, background);
    }

    /** The room a motion's figure needs, over all its key poses, so it stays the same size as it moves. */
    private Rectangle2D frame(Motion shown) {
        return frames.computeIfAbsent(shown, key -> {
            Rectangle2D union = null;
            for (PacerPhase.Cue cue : PacerPhase.Cue.values()) {
                for (double progress : new double[] {0, 0.5, 1}) {
                    FigureSkeleton each = FigureSkeleton.of(Poses.pose(key, new PacerPhase(cue, progress)));
                    Rectangle2D bounds = Painter.bounds(each);
                    union = union == null ? bounds : union.createUnion(bounds);
                }
            }
            return union;
        });
    }

    record Colours(Color body, Color far, Color props, Color accent, Color background) {
    }

    /** One painting of one skeleton. */
    private static final class Painter {

        private final Graphics2D g;
        private final FigureSkeleton s;
        private final Pose.View view;
        private final double scale;
        private final double offsetX;
        private final double offsetY;
        private final Colours colours;
        private final int width;

        Painter(Graphics2D g, FigureSkeleton skeleton, Rectangle2D frame, int width, int height, Colours colours) {
            this.g = g;
            this.s = skeleton;
            this.view = skeleton.pose().view();
            this.colours = colours;
            this.width = width;
            this.scale = Math.min(Math.min(width, height) / (view == Pose.View.ABOVE ? ABOVE_HEIGHT : FIGURE_HEIGHT),
                    Math.min((width - 2 * MARGIN) / frame.getWidth(), (height - 2 * MARGIN) / frame.getHeight()));
            this.offsetX = width / 2.0 - frame.getCenterX() * scale;
            this.offsetY = height / 2.0 - frame.getCenterY() * scale;
        }

        /** {@code bounds} in body units on the page, as pixels of the component, with a little room. */
        Rectangle2D onScreen(Rectangle2D bounds) {
            double room = 3;
            return new Rectangle2D.Double(offsetX + bounds.getX() * scale - room, offsetY + bounds.getY() * scale - room,
                    bounds.getWidth() * scale + 2 * room, bounds.getHeight() * scale + 2 * room);
        }

        /** Where a skeleton reaches on the page, in body units, with its props. */
        static Rectangle2D bounds(FigureSkeleton skeleton) {
            Pose.View view = skeleton.pose().view();
            Rectangle2D bounds = new Rectangle2D.Double();
            Point2D head = project(view, skeleton.headCentre());
            bounds.setFrameFromDiagonal(head.getX() - FigureSkeleton.HEAD, head.getY() - FigureSkeleton.HEAD,
                    head.getX() + FigureSkeleton.HEAD, head.getY() + FigureSkeleton.HEAD);
            for (Point[] pair : new Point[][] {skeleton.hand(), skeleton.elbow(), skeleton.knee(), skeleton.foot(),
                skeleton.toe(), skeleton.shoulder(), skeleton.hip()}) {
                for (Point point : pair) {
                    bounds.add(project(view, point));
                }
            }
            for (Point joint : skeleton.spine()) {
                Point2D at = project(view, joint);
                double trunk = 0.2;
                bounds.add(new Rectangle2D.Double(at.getX() - trunk, at.getY() - trunk, 2 * trunk, 2 * trunk));
            }
            Point2D nose = project(view, skeleton.nose());
            bounds.add(new Rectangle2D.Double(nose.getX() - 0.05, nose.getY() - 0.05, 0.1, 0.1));
            if (view != Pose.View.ABOVE) {
                bounds.add(project(view, new Point(0, 0, skeleton.floor())));
            } else {
                Point2D neck = project(view, skeleton.spine()[3]);
                double arrow = 0.42 + 0.08;
                bounds.add(new Rectangle2D.Double(neck.getX() - arrow, neck.getY() - arrow, 2 * arrow, 2 * arrow));
            }
            if (skeleton.roller() != null) {
                Point2D roller = project(view, skeleton.roller());
                double r = FigureSkeleton.ROLLER;
                bounds.add(new Rectangle2D.Double(roller.getX() - r, roller.getY() - r, 2 * r, 2 * r));
            }
            bounds.add(bounds.getMaxX() + LIMB, bounds.getMaxY() + LIMB);
            bounds.add(bounds.getMinX() - LIMB, bounds.getMinY() - LIMB);
            return bounds;
        }

        static Point2D project(Pose.View view, Point p) {
            return switch (view) {
                case SIDE -> new Point2D.Double(p.f(), -p.u());
                case FRONT -> new Point2D.Double(p.l(), -p.u());
                case ABOVE -> new Point2D.Double(-p.l(), -p.f());
            };
        }

        private Point2D at(Point p) {
            Point2D page = project(view, p);
            return new Point2D.Double(offsetX + page.getX() * scale, offsetY + page.getY() * scale);
        }

        void paint() {
            switch (view) {
                case SIDE -> paintSide();
                case FRONT -> paintFront();
                case ABOVE -> paintAbove();
            }
        }

        private void paintSide() {
            floor();
            if (s.pose().stance() == Pose.Stance.SEATED) {
                chairFromTheSide();
            }
            if (s.roller() != null) {
                Point2D centre = at(s.roller());
                double r = FigureSkeleton.ROLLER * scale;
                g.setColor(PacerView.blend(colours.accent(), colours.background(), 0.15));
                g.fill(new Ellipse2D.Double(centre.getX() - r, centre.getY() - r, 2 * r, 2 * r));
            }
            leg(1, colours.far());
            arm(1, colours.far());
            trunkFromTheSide();
            head();
            leg(0, colours.body());
            arm(0, colours.body());
        }

        private void paintFront() {
            floor();
            leg(0, colours.body());
            leg(1, colours.body());
            double breath = s.pose().breath();
            stroke(colours.body(), 2 * FigureSkeleton.SHOULDERS * 0.8 + 0.03 * breath,
                    line(s.spine()[0].plus(new Point(0, 0, 1), 0.08), s.spine()[3].plus(new Point(0, 0, 1), -0.06)));
            stroke(colours.body(), 0.12, line(s.shoulder()[0], s.shoulder()[1]));
            head();
            Point2D face = at(s.headCentre());
            double eye = FigureSkeleton.HEAD * scale * 0.35;
            g.setColor(colours.background());
            for (int side = -1; side <= 1; side += 2) {
                double r = Math.max(1.5, scale * 0.014);
                g.fill(new Ellipse2D.Double(face.getX() + side * eye - r, face.getY() - eye * 0.4 - r, 2 * r, 2 * r));
            }
            g.setStroke(new BasicStroke((float) Math.max(1.5, scale * 0.012), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.draw(new Arc2D.Double(face.getX() - eye, face.getY() - eye * 0.6, 2 * eye, 2 * eye, 200, 140,
                    Arc2D.OPEN));
            if (s.pose().leftArm().upperFlexion() > 45) {
                band();
            }
            arm(0, colours.body());
            arm(1, colours.body());
        }

        private void paintAbove() {
            if (s.pose().stance() == Pose.Stance.SEATED) {
                Rectangle2D seat = new Rectangle2D.Double();
                seat.setFrameFromDiagonal(at(new Point(-0.2, 0.27, 0)), at(new Point(0.3, -0.27, 0)));
                g.setColor(colours.props());
                double round = 0.08 * scale;
                g.fill(new java.awt.geom.RoundRectangle2D.Double(seat.getX(), seat.getY(), seat.getWidth(),
                        seat.getHeight(), round, round));
            }
            Color still = PacerView.blend(colours.props(), colours.body(), 0.3);
            stroke(PacerView.blend(colours.props(), colours.body(), 0.15), 0.07,
                    line(new Point(-0.24, 0.28, 0), new Point(-0.24, -0.28, 0)));
            for (int side = 0; side < 2; side++) {
                stroke(still, 0.13, line(s.hip()[side], s.knee()[side]));
            }
            stroke(still, 0.24, line(s.hip()[0], s.hip()[1]));
            turnArrow();
            stroke(colours.body(), 0.2, line(s.shoulder()[0], s.shoulder()[1]));
            Color arms = PacerView.blend(colours.body(), colours.background(), 0.35);
            for (int side = 0; side < 2; side++) {
                stroke(arms, 0.055, path(s.elbow()[side], s.hand()[side]));
            }
            head();
        }

        /** From above, an arc in the accent colour from straight ahead to where the chest faces. */
        private void turnArrow() {
            double turn = s.pose().turn();
            if (Math.abs(turn) < 4) {
                return;
            }
            double radius = 0.42 * scale;
            Point2D centre = at(s.spine()[3]);
            double start = 90;
            Arc2D arc = new Arc2D.Double(centre.getX() - radius, centre.getY() - radius, 2 * radius, 2 * radius,
                    start, turn, Arc2D.OPEN);
            g.setColor(colours.accent());
            g.setStroke(new BasicStroke((float) (0.035 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(arc);
            double end = Math.toRadians(start + turn);
            double x = centre.getX() + radius * Math.cos(end);
            double y = centre.getY() - radius * Math.sin(end);
            double along = Math.signum(turn);
            double tangentX = -Math.sin(end) * along;
            double tangentY = -Math.cos(end) * along;
            double size = 0.07 * scale;
            Path2D head = new Path2D.Double();
            head.moveTo(x + tangentX * size, y + tangentY * size);
            head.lineTo(x - tangentX * size * 0.4 + tangentY * size * 0.8, y - tangentY * size * 0.4 - tangentX * size * 0.8);
            head.lineTo(x - tangentX * size * 0.4 - tangentY * size * 0.8, y - tangentY * size * 0.4 + tangentX * size * 0.8);
            head.closePath();
            g.fill(head);
        }

        private void floor() {
            Point2D floor = at(new Point(0, 0, s.floor()));
            g.setColor(colours.props());
            g.setStroke(new BasicStroke((float) Math.max(2, 0.02 * scale), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(MARGIN, floor.getY(), width - MARGIN, floor.getY()));
        }

        private void chairFromTheSide() {
            double seat = FigureSkeleton.SEAT;
            Color colour = colours.props();
            stroke(colour, 0.05, line(new Point(-0.16, 0, seat - 0.02), new Point(0.3, 0, seat - 0.02)));
            stroke(colour, 0.04, line(new Point(-0.15, 0, seat), new Point(-0.15, 0, s.floor())));
            stroke(colour, 0.04, line(new Point(0.28, 0, seat), new Point(0.28, 0, s.floor())));
            stroke(colour, 0.05, line(new Point(-0.17, 0, seat), new Point(-0.17, 0, 0.3)));
        }

        private void trunkFromTheSide() {
            double breath = s.pose().breath();
            stroke(colours.body(), 2 * FigureSkeleton.TRUNK, path(s.spine()[0].plus(new Point(0, 0, 1), 0.02),
                    s.spine()[1], s.spine()[2], s.spine()[3].plus(s.spine()[3].lerp(s.spine()[2], 1), 0)));
            bulge(0.2, 0.03 + 0.045 * breath, 0.085 + 0.02 * breath);
            bulge(0.78, 0.02 + 0.03 * breath, 0.085 + 0.012 * breath);
        }

        /** The belly (low on the trunk) or the chest, pushed forward as the breath fills it. */
        private void bulge(double share, double forward, double radius) {
            double angle = Math.toRadians(s.spineAngleAt(share));
            Point centre = s.spineAt(share).plus(new Point(Math.cos(angle), 0, -Math.sin(angle)), forward);
            Point2D c = at(centre);
            double r = radius * scale;
            g.setColor(colours.body());
            g.fill(new Ellipse2D.Double(c.getX() - r, c.getY() - r, 2 * r, 2 * r));
        }

        private void head() {
            Point2D neck = at(s.spine()[3]);
            Point2D centre = at(s.headCentre());
            g.setColor(colours.body());
            g.setStroke(new BasicStroke((float) (0.07 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(neck, centre));
            double r = FigureSkeleton.HEAD * scale;
            Ellipse2D head = new Ellipse2D.Double(centre.getX() - r, centre.getY() - r, 2 * r, 2 * r);
            if (view == Pose.View.ABOVE) {
                g.setColor(colours.background());
                g.setStroke(new BasicStroke((float) (0.03 * scale)));
                g.draw(head);
                g.setColor(colours.body());
            }
            g.fill(head);
            if (view != Pose.View.FRONT) {
                Point2D nose = at(s.nose());
                // From above the nose is what says where the face points: drawn larger there.
                double n = (view == Pose.View.ABOVE ? 0.06 : 0.035) * scale;
                g.fill(new Ellipse2D.Double(nose.getX() - n, nose.getY() - n, 2 * n, 2 * n));
            }
        }

        private void leg(int side, Color colour) {
            stroke(colour, 0.11, path(s.hip()[side], s.knee()[side], s.foot()[side]));
            stroke(colour, 0.06, line(s.foot()[side], s.toe()[side]));
        }

        private void arm(int side, Color colour) {
            stroke(colour, LIMB, path(s.shoulder()[side], s.elbow()[side], s.hand()[side]));
            Point2D hand = at(s.hand()[side]);
            double r = 0.05 * scale;
            g.setColor(colour);
            g.fill(new Ellipse2D.Double(hand.getX() - r, hand.getY() - r, 2 * r, 2 * r));
        }

        private void band() {
            stroke(colours.accent(), 0.025, line(s.hand()[0], s.hand()[1]));
        }

        private void stroke(Color colour, double width, Shape shape) {
            g.setColor(colour);
            g.setStroke(new BasicStroke((float) (width * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }

        private Shape line(Point from, Point to) {
            return new Line2D.Double(at(from), at(to));
        }

        private Shape path(Point... points) {
            Path2D path = new Path2D.Double();
            Point2D first = at(points[0]);
            path.moveTo(first.getX(), first.getY());
            for (int i = 1; i < points.length; i++) {
                Point2D next = at(points[i]);
                path.lineTo(next.getX(), next.getY());
            }
            return path;
        }
    }
}
