package org.unhunch.activity;

/** The platform did not say how long it has been idle; the message says why, never an address or a path. */
public final class IdleTimeUnreadableException extends Exception {

    private static final long serialVersionUID = 1L;

    public IdleTimeUnreadableException(String message) {
        super(message);
    }
}
