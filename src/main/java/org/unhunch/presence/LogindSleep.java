package org.unhunch.presence;

import java.util.Map;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.Properties;
import org.unhunch.platform.DbusBus;

/**
 * The machine going to sleep and waking, from logind's {@code PrepareForSleep} on the system bus:
 * on before the sleep, off after the wake. Sleep counts as a locked screen, so the person is away
 * from the moment the lid closes even where nothing locks the session; a session locked at the
 * sleep stays locked through its own source.
 */
public final class LogindSleep extends BooleanSignalSource {

    private static final String MANAGER_INTERFACE = "org.freedesktop.login1.Manager";

    /** @param env the environment: the system bus's address */
    public LogindSleep(Map<String, String> env) {
        super("logind's sleep and wake (system bus)", "logind does not answer", env, DbusBus.SYSTEM,
                LogindSessionLock.LOGIND, LogindSessionLock.MANAGER_PATH, MANAGER_INTERFACE, "PrepareForSleep");
    }

    /** Asks logind once, so a bus without it is found at the start and not at the first sleep. */
    @Override
    boolean readNow(DBusConnection connection) throws DBusException {
        return Boolean.TRUE.equals(connection.getRemoteObject(LogindSessionLock.LOGIND, LogindSessionLock.MANAGER_PATH,
                Properties.class).Get(MANAGER_INTERFACE, "PreparingForSleep"));
    }

    @Override
    public Signal signal() {
        return Signal.SLEEP;
    }
}
