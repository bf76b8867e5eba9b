package org.unhunch.activity;

/** A source of activity cannot work on this machine; the message says why and how to fix it. */
public final class ActivitySourceUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean noDisplay;

    public ActivitySourceUnavailableException(String message) {
        super(message);
        this.noDisplay = false;
    }

    /** The display itself cannot be opened (DISPLAY names no running X server, say). */
    static ActivitySourceUnavailableException noDisplay(String message, Throwable cause) {
        return new ActivitySourceUnavailableException(message, cause, true);
    }

    private ActivitySourceUnavailableException(String message, Throwable cause, boolean noDisplay) {
        super(message, cause);
        this.noDisplay = noDisplay;
    }

    public boolean noDisplay() {
        return noDisplay;
    }

    public ActivitySourceUnavailableException(String message, Throwable cause) {
        this(message, cause, false);
    }
}
