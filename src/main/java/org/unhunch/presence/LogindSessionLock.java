package org.unhunch.presence;

import java.util.Map;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.unhunch.platform.DbusBus;

/**
 * logind's {@code LockedHint} of this login session, on the system bus: set by the desktop's
 * locker (GNOME, KDE, light-locker, xss-lock…) while the session is locked. The session is the one
 * {@code XDG_SESSION_ID} names, else logind's {@code auto} (the caller's session, or the user's
 * graphical one). Watched through its {@code PropertiesChanged} signal; read once at the start.
 */
public final class LogindSessionLock extends PropertySource {

    static final String LOGIND = "org.freedesktop.login1";
    static final String MANAGER_PATH = "/org/freedesktop/login1";

    /** The part of logind's manager this source calls. */
    @DBusInterfaceName("org.freedesktop.login1.Manager")
    public interface Manager extends DBusInterface {
        @DBusMemberName("GetSession")
        DBusPath session(String sessionId);
    }

    /** @param env the environment: the system bus's address, {@code XDG_SESSION_ID} */
    public LogindSessionLock(Map<String, String> env) {
        super("logind's session lock (system bus)", "logind has no session for Unhunch to watch", env, DbusBus.SYSTEM,
                LOGIND, null, "org.freedesktop.login1.Session", "LockedHint");
    }

    @Override
    String path(DBusConnection connection, Map<String, String> env) throws DBusException {
        return connection.getRemoteObject(LOGIND, MANAGER_PATH, Manager.class)
                .session(env.getOrDefault("XDG_SESSION_ID", "auto")).getPath();
    }

    @Override
    public Signal signal() {
        return Signal.SCREEN_LOCK;
    }
}
