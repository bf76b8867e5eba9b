package org.unhunch.presence;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.matchrules.DBusMatchRule;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.Variant;

/**
 * logind's {@code LockedHint} of this login session, on the system bus: set by the desktop's
 * locker (GNOME, KDE, light-locker, xss-lock…) while the session is locked. The session is the one
 * {@code XDG_SESSION_ID} names, else logind's {@code auto} (the caller's session, or the user's
 * graphical one). Watched through its {@code PropertiesChanged} signal; read once at the start.
 */
public final class LogindSessionLock extends DbusSource {

    static final String LOGIND = "org.freedesktop.login1";
    static final String MANAGER_PATH = "/org/freedesktop/login1";
    private static final String SESSION_INTERFACE = "org.freedesktop.login1.Session";
    private static final String LOCKED_HINT = "LockedHint";

    /** The part of logind's manager this source calls. */
    @DBusInterfaceName("org.freedesktop.login1.Manager")
    public interface Manager extends DBusInterface {
        @DBusMemberName("GetSession")
        DBusPath session(String sessionId);
    }

    /** The session's object path, found at the start; never logged (it holds the session's id). */
    private volatile String session;

    /** @param env the environment: the system bus's address, {@code XDG_SESSION_ID} */
    public LogindSessionLock(Map<String, String> env) {
        super("logind's session lock (system bus)", "logind has no session for Unhunch to watch", env, DbusBus.SYSTEM,
                LOGIND);
    }

    @Override
    DBusMatchRule rule(DBusConnection connection, Map<String, String> env) throws DBusException {
        session = connection.getRemoteObject(LOGIND, MANAGER_PATH, Manager.class)
                .session(env.getOrDefault("XDG_SESSION_ID", "auto")).getPath();
        return BusWatch.signal(session, "org.freedesktop.DBus.Properties", "PropertiesChanged")
                .withArg0123(0, SESSION_INTERFACE).build();
    }

    /** The new value from a {@code PropertiesChanged}, read afresh if only invalidated. */
    @Override
    Boolean fromSignal(DBusSignal signal, DBusConnection connection) throws DBusException {
        Object[] parameters = signal.getParameters();
        if (parameters.length >= 2 && parameters[1] instanceof Map<?, ?> changed
                && changed.get(LOCKED_HINT) instanceof Variant<?> value && value.getValue() instanceof Boolean locked) {
            return locked;
        }
        if (parameters.length >= 3 && parameters[2] instanceof List<?> invalidated && invalidated.contains(LOCKED_HINT)) {
            return readNow(connection);
        }
        return null;
    }

    @Override
    boolean readNow(DBusConnection connection) throws DBusException {
        Properties properties = connection.getRemoteObject(LOGIND, session, Properties.class);
        return Boolean.TRUE.equals(properties.Get(SESSION_INTERFACE, LOCKED_HINT));
    }
}
