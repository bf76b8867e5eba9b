package org.unhunch.routine;

import org.unhunch.routine.Pose.Limb;
import org.unhunch.routine.Pose.Stance;
import org.unhunch.routine.Pose.View;

/**
 * The figure's pose for a motion at a moment of its step's pacer: the pacer is the only clock.
 * Each motion has three key poses — where the inhale ends, where the exhale ends, and its peak —
 * and the figure eases (in and out) from one to the next:
 * <ul>
 *   <li>inhale: from the exhale pose to the inhale pose; exhale: back again (cat-cow arches on the
 *       inhale and rounds on the exhale; the belly fills on the inhale);</li>
 *   <li>left or right: out from rest (the end of the breath that is not the peak) to the peak, turned
 *       to that side for a rotation, a moment there, and back (a rotation turns to the side the
 *       pacer names);</li>
 *   <li>hold, and a step without a pacer: the peak, still, for the whole step.</li>
 * </ul>
 * {@link #keyPose} is the reduced-motion form: the pose the current cue moves to, with no frames
 * in between.
 */
public final class Poses {

    /** The peak of a turn, degrees: a comfortable seated thoracic rotation. */
    static final double TURN = 50;

    private static final Limb HANDS_ON_THIGHS = new Limb(15, 8, 50, 5);
    private static final Limb ARMS_CROSSED = new Limb(30, 15, 100, -80);
    /** As seen with the trunk upright: {@link #withTrunk} turns it with the trunk. */
    private static final Limb HANDS_BEHIND_HEAD = new Limb(130, 45, 265, 35);
    private static final Limb HANDS_ON_KNEES = new Limb(-34, 5, -30, 5);
    private static final Limb HAND_ON_BELLY = new Limb(-5, 10, 70, -20);
    private static final Limb HAND_ON_CHEST = new Limb(10, 10, 140, -30);

    private Poses() {
    }

    /** The pose of {@code motion} at {@code phase}, eased between key poses. */
    public static Pose pose(Motion motion, PacerPhase phase) {
        double t = ease(phase.progress());
        return switch (phase.cue()) {
            case INHALE -> exhaled(motion).between(inhaled(motion), t);
            case EXHALE -> inhaled(motion).between(exhaled(motion), t);
            case LEFT, RIGHT -> outAndBack(rest(motion), peak(motion, phase.cue()), phase.progress());
            case HOLD, NONE -> peak(motion, phase.cue());
        };
    }

    /** The pose {@code phase}'s cue moves to, shown still (reduced motion). */
    public static Pose keyPose(Motion motion, PacerPhase phase) {
        return switch (phase.cue()) {
            case INHALE -> inhaled(motion);
            case EXHALE -> exhaled(motion);
            case LEFT, RIGHT, HOLD, NONE -> peak(motion, phase.cue());
        };
    }

    /** 0 to 1 with a gentle start and end. */
    static double ease(double t) {
        double clamped = Math.max(0, Math.min(1, t));
        return 0.5 - Math.cos(Math.PI * clamped) / 2;
    }

    /** Out over the first 40 %, still for 20 %, back over the last 40 %. */
    private static Pose outAndBack(Pose from, Pose to, double progress) {
        if (progress < 0.4) {
            return from.between(to, ease(progress / 0.4));
        }
        if (progress < 0.6) {
            return to;
        }
        return to.between(from, ease((progress - 0.6) / 0.4));
    }

    /** Where a side's movement starts and ends: the end of the breath that is not the peak. */
    private static Pose rest(Motion motion) {
        Pose inhaled = inhaled(motion);
        return motion != Motion.ROTATION && inhaled.equals(peak(motion, PacerPhase.Cue.HOLD))
                ? exhaled(motion) : inhaled;
    }

    private static Pose inhaled(Motion motion) {
        return switch (motion) {
            case NEUTRAL_SPINE -> seated(0, -2, -3, -2, 0.8, HANDS_ON_THIGHS, HANDS_ON_THIGHS);
            case ROTATION -> rotation(0);
            case BAND_PULL_APART -> pullApart(12);
            case CAT_COW -> catCow(-4, -14, -12, -32);
            case THORACIC_EXTENSION -> extension(-4, -16, -28, -18);
            case DIAPHRAGMATIC_BREATH -> seated(0, -1, -2, 0, 1, HAND_ON_BELLY, HAND_ON_CHEST);
            case FOAM_ROLLER -> roller(0.78);
        };
    }

    private static Pose exhaled(Motion motion) {
        return switch (motion) {
            case NEUTRAL_SPINE -> seated(2, 3, 4, 5, 0.1, HANDS_ON_THIGHS, HANDS_ON_THIGHS);
            case ROTATION -> rotation(TURN);
            case BAND_PULL_APART -> pullApart(85);
            case CAT_COW -> catCow(6, 16, 18, 30);
            case THORACIC_EXTENSION -> extension(0, 0, 0, 0);
            case DIAPHRAGMATIC_BREATH -> seated(1, 1, 2, 2, 0, HAND_ON_BELLY, HAND_ON_CHEST);
            case FOAM_ROLLER -> roller(0.3);
        };
    }

    private static Pose peak(Motion motion, PacerPhase.Cue cue) {
        if (motion == Motion.ROTATION) {
            return rotation(cue == PacerPhase.Cue.RIGHT ? -TURN : TURN);
        }
        return switch (motion) {
            case BAND_PULL_APART, NEUTRAL_SPINE -> exhaled(motion);
            default -> inhaled(motion);
        };
    }

    private static Pose seated(double lower, double middle, double upper, double head, double breath,
                               Limb left, Limb right) {
        return new Pose(View.SIDE, Stance.SEATED, 0, lower, middle, upper, head, 0, left, right, 90, 90, breath, 0);
    }

    private static Pose rotation(double turn) {
        return new Pose(View.ABOVE, Stance.SEATED, 0, 0, 0, 0, 0, turn, ARMS_CROSSED, ARMS_CROSSED, 90, 90, 0.3, 0);
    }

    private static Pose pullApart(double spread) {
        Limb arm = new Limb(90, spread, 90, spread);
        return new Pose(View.FRONT, Stance.STANDING, 0, 0, 0, 0, 0, 0, arm, arm, 0, 0, 0.3, 0);
    }

    private static Pose catCow(double lower, double middle, double upper, double head) {
        return new Pose(View.SIDE, Stance.STANDING, 76, lower, middle, upper, head, 0, HANDS_ON_KNEES,
                HANDS_ON_KNEES, 12, 28, 0.3, 0);
    }

    private static Pose extension(double lean, double middle, double upper, double head) {
        Limb arms = withTrunk(HANDS_BEHIND_HEAD, lean + middle + upper);
        return new Pose(View.SIDE, Stance.SEATED, lean, 0, middle, upper, head, 0, arms, arms, 90, 90, 0.3, 0);
    }

    private static Pose roller(double roll) {
        Limb arms = withTrunk(HANDS_BEHIND_HEAD, -78);
        return new Pose(View.SIDE, Stance.LYING, -78, 0, 0, 0, 25, 0, arms, arms, 130, 110, 0.3, roll);
    }

    /** An arm held still against the trunk, with the trunk leaning {@code trunk} degrees forward. */
    private static Limb withTrunk(Limb upright, double trunk) {
        return new Limb(upright.upperFlexion() - trunk, upright.upperSpread(), upright.lowerFlexion() - trunk,
                upright.lowerSpread());
    }
}
