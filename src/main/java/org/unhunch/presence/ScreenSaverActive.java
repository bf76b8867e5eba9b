package org.unhunch.presence;

import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.unhunch.platform.DbusBus;

/**
 * The desktop's screensaver on the session bus — GNOME Shell's {@code org.gnome.ScreenSaver}, or
 * {@code org.freedesktop.ScreenSaver} (KDE and others) — active while the lock screen or the
 * screensaver covers the desktop. Watched through its {@code ActiveChanged} signal, read once at
 * the start with {@code GetActive}.
 */
public final class ScreenSaverActive extends BooleanSignalSource {

    /** GNOME Shell's screensaver. */
    @DBusInterfaceName("org.gnome.ScreenSaver")
    public interface Gnome extends DBusInterface {
        @DBusMemberName("GetActive")
        boolean active();
    }

    /** The freedesktop.org screensaver (KDE, Xfce's, Cinnamon's…). */
    @DBusInterfaceName("org.freedesktop.ScreenSaver")
    public interface Freedesktop extends DBusInterface {
        @DBusMemberName("GetActive")
        boolean active();
    }

    private final String service;
    private final String path;
    private final Class<? extends DBusInterface> type;

    private ScreenSaverActive(Map<String, String> env, String service, String path,
                              Class<? extends DBusInterface> type) {
        super(service + " (session bus)", service + " does not answer", env, DbusBus.SESSION, null, path, service,
                "ActiveChanged");
        this.service = service;
        this.path = path;
        this.type = type;
    }

    /** @param env the environment: the session bus's address */
    public static ScreenSaverActive gnome(Map<String, String> env) {
        return new ScreenSaverActive(env, "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", Gnome.class);
    }

    /** @param env the environment: the session bus's address */
    public static ScreenSaverActive freedesktop(Map<String, String> env) {
        return new ScreenSaverActive(env, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                Freedesktop.class);
    }

    @Override
    boolean readNow(DBusConnection connection) throws DBusException {
        DBusInterface screensaver = connection.getRemoteObject(service, path, type);
        return screensaver instanceof Gnome gnome ? gnome.active() : ((Freedesktop) screensaver).active();
    }

    @Override
    public Signal signal() {
        return Signal.SCREEN_LOCK;
    }
}
