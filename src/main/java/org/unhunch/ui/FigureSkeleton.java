package org.unhunch.ui;

import org.unhunch.routine.Pose;

/**
 * Where a {@link Pose}'s joints are in the room, in body units (a person is about 1.7 tall): {@code f}
 * forward, {@code l} to the person's left, {@code u} up, from the middle of the hips. Limbs come in
 * pairs, left then right. Pure arithmetic; {@link FigureView} projects and draws it.
 */
record FigureSkeleton(Pose pose, Point hips, Point[] spine, Point headCentre, Point nose,
                      Point[] hip, Point[] knee, Point[] foot, Point[] toe,
                      Point[] shoulder, Point[] elbow, Point[] hand, double floor, Point roller) {

    static final double SEGMENT = 0.18;
    static final double NECK = 0.07;
    static final double HEAD = 0.11;
    static final double SHOULDERS = 0.18;
    static final double PELVIS = 0.1;
    static final double UPPER_ARM = 0.29;
    static final double FOREARM = 0.27;
    static final double THIGH = 0.44;
    static final double SHIN = 0.44;
    static final double FOOT = 0.1;
    static final double TRUNK = 0.1;
    static final double ROLLER = 0.09;
    /** The seat's top, below the middle of the hips. */
    static final double SEAT = -0.07;
    /** How much of the trunk's turn each spine segment takes, from the hips up. */
    private static final double[] TWIST = {0.3, 0.65, 1.0};

    /** A point in the room: forward, left, up. */
    record Point(double f, double l, double u) {
        Point plus(Point other, double times) {
            return new Point(f + other.f * times, l + other.l * times, u + other.u * times);
        }

        Point lerp(Point other, double t) {
            return new Point(f + (other.f - f) * t, l + (other.l - l) * t, u + (other.u - u) * t);
        }
    }

    static FigureSkeleton of(Pose pose) {
        Point origin = new Point(0, 0, 0);
        double[] bends = {pose.lowerSpine(), pose.middleSpine(), pose.upperSpine()};
        Point[] spine = new Point[4];
        spine[0] = origin;
        double angle = pose.lean();
        for (int i = 0; i < 3; i++) {
            angle += bends[i];
            spine[i + 1] = spine[i].plus(sagittal(angle, pose.turn() * TWIST[i], true), SEGMENT);
        }
        double twist = pose.turn();
        double headAngle = angle + pose.head() * 0.6;
        Point neck = spine[3];
        Point headCentre = neck.plus(sagittal(headAngle, twist * 1.1, true), NECK + HEAD);
        Point face = sagittal(headAngle + pose.head() * 0.4 + 90, twist * 1.1, true);
        Point nose = headCentre.plus(face, HEAD);

        Point left = new Point(-Math.sin(Math.toRadians(twist)), Math.cos(Math.toRadians(twist)), 0);
        Point shoulderCentre = neck.plus(sagittal(angle, twist, true), -0.03);
        Point[] shoulder = {shoulderCentre.plus(left, SHOULDERS), shoulderCentre.plus(left, -SHOULDERS)};
        Pose.Limb[] arms = {pose.leftArm(), pose.rightArm()};
        Point[] elbow = new Point[2];
        Point[] hand = new Point[2];
        Point[] hip = {new Point(0, PELVIS, 0), new Point(0, -PELVIS, 0)};
        Point[] knee = new Point[2];
        Point[] foot = new Point[2];
        Point[] toe = new Point[2];
        for (int side = 0; side < 2; side++) {
            double outward = side == 0 ? 1 : -1;
            Pose.Limb arm = arms[side];
            elbow[side] = shoulder[side].plus(limb(arm.upperFlexion(), twist + outward * arm.upperSpread()),
                    UPPER_ARM);
            hand[side] = elbow[side].plus(limb(arm.lowerFlexion(), twist + outward * arm.lowerSpread()), FOREARM);
            knee[side] = hip[side].plus(limb(pose.hips(), outward * 3), THIGH);
            foot[side] = knee[side].plus(limb(pose.hips() - pose.knees(), outward * 3), SHIN);
            toe[side] = foot[side].plus(new Point(1, 0, 0), FOOT);
        }
        double floor = Math.min(foot[0].u(), foot[1].u()) - 0.03;
        Point roller = null;
        if (pose.stance() == Pose.Stance.LYING) {
            Point contact = along(spine, 0.15 + 0.6 * pose.roll());
            double at = pose.lean() + pose.lowerSpine() + (pose.roll() > 0.5 ? pose.middleSpine() : 0);
            Point back = new Point(-Math.cos(Math.toRadians(at)), 0, Math.sin(Math.toRadians(at)));
            roller = contact.plus(back, TRUNK + ROLLER);
            floor = roller.u() - ROLLER;
        }
        FigureSkeleton skeleton = new FigureSkeleton(pose, origin, spine, headCentre, nose, hip, knee, foot, toe,
                shoulder, elbow, hand, floor, roller);
        // Lying, the roller stays put on the floor and the body rolls over it.
        return roller == null ? skeleton : skeleton.moved(new Point(-roller.f(), 0, -floor));
    }

    private FigureSkeleton moved(Point by) {
        return new FigureSkeleton(pose, hips.plus(by, 1), moved(spine, by), headCentre.plus(by, 1), nose.plus(by, 1),
                moved(hip, by), moved(knee, by), moved(foot, by), moved(toe, by), moved(shoulder, by),
                moved(elbow, by), moved(hand, by), floor + by.u(), roller == null ? null : roller.plus(by, 1));
    }

    private static Point[] moved(Point[] points, Point by) {
        Point[] moved = new Point[points.length];
        for (int i = 0; i < points.length; i++) {
            moved[i] = points[i].plus(by, 1);
        }
        return moved;
    }

    /**
     * A unit direction {@code degrees} forward of straight up (or of straight down, for a limb),
     * turned {@code turn} degrees to the left about the vertical.
     */
    private static Point sagittal(double degrees, double turn, boolean fromUp) {
        double a = Math.toRadians(degrees);
        double t = Math.toRadians(turn);
        double horizontal = Math.sin(a);
        double vertical = fromUp ? Math.cos(a) : -Math.cos(a);
        return new Point(horizontal * Math.cos(t), horizontal * Math.sin(t), vertical);
    }

    private static Point limb(double flexion, double turn) {
        return sagittal(flexion, turn, false);
    }

    /** The point {@code share} of the way along a polyline. */
    private static Point along(Point[] line, double share) {
        double position = share * (line.length - 1);
        int segment = Math.min(line.length - 2, (int) Math.floor(position));
        return line[segment].lerp(line[segment + 1], position - segment);
    }

    /** The middle of the spine between its joints {@code share} of the way up (0 hips, 1 neck). */
    Point spineAt(double share) {
        return along(spine, share);
    }

    /** The trunk's angle forward of upright where {@code share} of the way up the spine. */
    double spineAngleAt(double share) {
        double angle = pose.lean();
        double[] bends = {pose.lowerSpine(), pose.middleSpine(), pose.upperSpine()};
        int segment = Math.min(2, (int) Math.floor(share * 3));
        for (int i = 0; i <= segment; i++) {
            angle += bends[i];
        }
        return angle;
    }
}
