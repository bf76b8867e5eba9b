package org.unhunch.platform;

/** An X display connection cannot be opened; the message says why, never the display's name. */
public final class XDisplayUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean noDisplay;

    XDisplayUnavailableException(String message, boolean noDisplay, Throwable cause) {
        super(message, cause);
        this.noDisplay = noDisplay;
    }

    /** True where there is no display to reach (DISPLAY unset, or nothing answers); false where libX11 is missing. */
    public boolean noDisplay() {
        return noDisplay;
    }
}
