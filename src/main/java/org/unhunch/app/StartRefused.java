package org.unhunch.app;

/** Why the agent (or the trace recorder) did not start; the message says what to do. */
public final class StartRefused extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * No display, another agent of this user runs already, something asked for that cannot be had (a
     * setting the organisation locked), or anything else that cannot be done.
     */
    public enum Reason { NO_DISPLAY, ALREADY_RUNNING, BAD_INPUT, CANNOT_BE_DONE }

    private final Reason reason;

    StartRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
