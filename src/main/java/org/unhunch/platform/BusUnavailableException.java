package org.unhunch.platform;

/** A bus cannot be reached; the message names the bus and never its address (addresses hold paths and ids). */
public final class BusUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public BusUnavailableException(String message) {
        super(message);
    }
}
