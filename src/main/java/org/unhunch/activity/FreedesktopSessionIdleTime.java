package org.unhunch.activity;

import java.util.Map;

/**
 * The session's idle time from {@code org.freedesktop.ScreenSaver.GetSessionIdleTime} on the session
 * bus, as KDE Plasma's screen locker answers it on X11: a {@code u} in milliseconds (kscreenlocker
 * returns {@code KIdleTime::idleTime()}, which counts milliseconds). Plasma on Wayland answers
 * NotSupported, and GNOME's screen-saver proxy does not have the method: both leave this reader
 * unavailable. It cannot tell of a return or a pause, so it is read and sampled.
 */
public final class FreedesktopSessionIdleTime implements IdleTimeReader {

    private static final String SERVICE = "org.freedesktop.ScreenSaver";
    private static final String PATH = "/org/freedesktop/ScreenSaver";
    private static final String METHOD = "GetSessionIdleTime";

    private final IdleTimeBus bus;

    /**
     * Connects to the session bus and reads the idle time once.
     *
     * @param env the environment that says where the session bus is
     * @throws ActivitySourceUnavailableException if there is no session bus, no screen saver on it,
     *                                            or one that does not answer {@code GetSessionIdleTime}
     */
    public FreedesktopSessionIdleTime(Map<String, String> env) throws ActivitySourceUnavailableException {
        bus = new IdleTimeBus(SERVICE, PATH, env);
        try {
            idleMillis();
        } catch (IdleTimeUnreadableException e) {
            bus.close();
            throw new ActivitySourceUnavailableException(e.getMessage());
        }
    }

    @Override
    public long idleMillis() throws IdleTimeUnreadableException {
        return bus.askMillis(METHOD, "u");
    }

    @Override
    public String description() {
        return "the session's idle time from the screen saver (" + SERVICE + "." + METHOD + " on the session bus)";
    }

    @Override
    public void close() {
        bus.close();
    }
}
