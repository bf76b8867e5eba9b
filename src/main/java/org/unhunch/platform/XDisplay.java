package org.unhunch.platform;

import com.sun.jna.platform.unix.X11;
import java.util.Map;

/**
 * A connection of Unhunch's own to the X display the environment names, its X errors trapped
 * ({@link XErrorTrap}) from the moment it is open until it closes. Not thread-safe: its user
 * serialises the calls on it.
 */
public final class XDisplay implements AutoCloseable {

    private final X11 x11;
    private X11.Display display;

    private XDisplay(X11 x11, X11.Display display) {
        this.x11 = x11;
        this.display = display;
    }

    /**
     * Opens the display named by {@code DISPLAY} in {@code env}.
     *
     * @throws XDisplayUnavailableException if DISPLAY is unset, libX11 cannot be loaded, or the display does not answer
     */
    public static XDisplay open(Map<String, String> env) throws XDisplayUnavailableException {
        return open(env.get("DISPLAY"));
    }

    /**
     * Opens the display of this name (DISPLAY's value; null or blank where it is unset).
     *
     * @throws XDisplayUnavailableException if there is no name, libX11 cannot be loaded, or the display does not answer
     */
    public static XDisplay open(String name) throws XDisplayUnavailableException {
        if (name == null || name.isBlank()) {
            throw new XDisplayUnavailableException("no X display (DISPLAY is not set)", true, null);
        }
        X11 x11;
        try {
            x11 = X11.INSTANCE;
        } catch (LinkageError e) {
            throw new XDisplayUnavailableException("libX11 cannot be loaded", false, e);
        }
        X11.Display opened = x11.XOpenDisplay(name);
        if (opened == null) {
            throw new XDisplayUnavailableException("the X display does not answer", true, null);
        }
        XErrorTrap.trap(opened.getPointer());
        return new XDisplay(x11, opened);
    }

    public X11 x11() {
        return x11;
    }

    /** The open connection; null once closed. */
    public X11.Display display() {
        return display;
    }

    /** Releases the error trap and closes the connection; safe to call more than once. */
    @Override
    public void close() {
        if (display != null) {
            XErrorTrap.release(display.getPointer());
            x11.XCloseDisplay(display);
            display = null;
        }
    }
}
