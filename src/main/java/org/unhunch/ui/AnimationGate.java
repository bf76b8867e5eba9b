package org.unhunch.ui;

/**
 * How often the routine window redraws, from what is known of it: 30 frames a second while a
 * routine runs in a window on screen; a few a second with reduced motion, where the figure only
 * switches key poses; once a second while the window is minimised (nothing is drawn then, but the
 * routine still moves on to its next step and to its end on time); not at all once it is hidden or
 * the routine is over. Pure: the window tells it what happened.
 */
final class AnimationGate {

    static final int FRAME_MILLIS = 33;
    static final int KEY_POSE_MILLIS = 250;
    static final int MINIMISED_MILLIS = 1000;

    /** What the window does now. */
    enum Rate {
        ANIMATING(FRAME_MILLIS), KEY_POSES(KEY_POSE_MILLIS), MINIMISED(MINIMISED_MILLIS), STOPPED(0);

        private final int millis;

        Rate(int millis) {
            this.millis = millis;
        }

        /** The timer's delay; 0 when it is stopped. */
        int millis() {
            return millis;
        }
    }

    private boolean reducedMotion;
    private boolean running;
    private boolean showing;
    private boolean minimised;

    AnimationGate(boolean reducedMotion) {
        this.reducedMotion = reducedMotion;
    }

    void routineStarted() {
        running = true;
    }

    void routineOver() {
        running = false;
    }

    void shown() {
        showing = true;
    }

    void hidden() {
        showing = false;
    }

    void minimised() {
        minimised = true;
    }

    void restored() {
        minimised = false;
    }

    boolean reducedMotion() {
        return reducedMotion;
    }

    void setReducedMotion(boolean reducedMotion) {
        this.reducedMotion = reducedMotion;
    }

    Rate rate() {
        if (!running || !showing) {
            return Rate.STOPPED;
        }
        if (minimised) {
            return Rate.MINIMISED;
        }
        return reducedMotion ? Rate.KEY_POSES : Rate.ANIMATING;
    }
}
