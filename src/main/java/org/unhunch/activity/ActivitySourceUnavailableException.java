package org.unhunch.activity;

/** A source of activity cannot work on this machine; the message says why and how to fix it. */
public final class ActivitySourceUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public ActivitySourceUnavailableException(String message) {
        super(message);
    }

    public ActivitySourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
