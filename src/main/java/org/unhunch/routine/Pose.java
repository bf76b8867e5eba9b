package org.unhunch.routine;

/**
 * Where the figure's joints are at one moment: angles in degrees, plus how it is seen. Pure data;
 * the window draws it.
 *
 * <p>Signs: the person faces forward; on the spine and the head a positive angle is flexion
 * (rounding forward, chin down) and a negative one extension (arching back, looking up), so
 * {@link #spineFlexion()} is positive for a rounded back ("cat") and negative for an arched one
 * ("cow"). {@code lean} tips the pelvis and trunk forward (positive) or back (negative) from upright.
 * {@code turn} rotates the trunk about the vertical axis, positive to the person's left; the hips
 * stay still. Limbs are given in the room's frame: see {@link Limb}. {@code breath} is how full
 * belly and chest are, 0 to 1; {@code roll} is where a foam roller sits along the back, 0 (low)
 * to 1 (high).
 */
public record Pose(View view, Stance stance, double lean, double lowerSpine, double middleSpine, double upperSpine,
                   double head, double turn, Limb leftArm, Limb rightArm, double hips, double knees,
                   double breath, double roll) {

    /** How the figure is seen: from its left side (facing right), from the front, or from above and behind. */
    public enum View { SIDE, FRONT, ABOVE }

    public enum Stance { STANDING, SEATED, LYING }

    /**
     * An arm, as two segments each pointing {@code flexion} degrees forward from straight down (90
     * is forward and level, 180 straight up, past 180 backward) and turned {@code spread} degrees
     * out to its own side (90 is straight out sideways, negative across the body).
     */
    public record Limb(double upperFlexion, double upperSpread, double lowerFlexion, double lowerSpread) {

        Limb between(Limb other, double t) {
            return new Limb(lerp(upperFlexion, other.upperFlexion, t), lerp(upperSpread, other.upperSpread, t),
                    lerp(lowerFlexion, other.lowerFlexion, t), lerp(lowerSpread, other.lowerSpread, t));
        }
    }

    /** The whole spine's bend: positive rounded (flexion), negative arched (extension). */
    public double spineFlexion() {
        return lowerSpine + middleSpine + upperSpine;
    }

    /**
     * The pose {@code t} of the way (0 to 1) from this one to {@code other}, every angle in a straight
     * line (exactly this one at 0 and the other at 1). The view and stance are this one's until halfway,
     * then the other's.
     */
    public Pose between(Pose other, double t) {
        if (t <= 0) {
            return this;
        }
        if (t >= 1) {
            return other;
        }
        return new Pose(t < 0.5 ? view : other.view, t < 0.5 ? stance : other.stance,
                lerp(lean, other.lean, t), lerp(lowerSpine, other.lowerSpine, t),
                lerp(middleSpine, other.middleSpine, t), lerp(upperSpine, other.upperSpine, t),
                lerp(head, other.head, t), lerp(turn, other.turn, t), leftArm.between(other.leftArm, t),
                rightArm.between(other.rightArm, t), lerp(hips, other.hips, t), lerp(knees, other.knees, t),
                lerp(breath, other.breath, t), lerp(roll, other.roll, t));
    }

    /** The largest difference of any angle (degrees) or share (as hundredths) between two poses. */
    public double distance(Pose other) {
        double[] a = numbers();
        double[] b = other.numbers();
        double largest = 0;
        for (int i = 0; i < a.length; i++) {
            largest = Math.max(largest, Math.abs(a[i] - b[i]));
        }
        return largest;
    }

    private double[] numbers() {
        return new double[] {lean, lowerSpine, middleSpine, upperSpine, head, turn, leftArm.upperFlexion,
            leftArm.upperSpread, leftArm.lowerFlexion, leftArm.lowerSpread, rightArm.upperFlexion,
            rightArm.upperSpread, rightArm.lowerFlexion, rightArm.lowerSpread, hips, knees, 100 * breath, 100 * roll};
    }

    private static double lerp(double from, double to, double t) {
        return from + (to - from) * t;
    }
}
