package org.unhunch.presence;

import java.util.Map;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.interfaces.Properties;

/**
 * The machine going to sleep and waking, from logind's {@code PrepareForSleep} on the system bus:
 * on before the sleep, off after the wake. Sleep counts as a locked screen, so the person is away
 * from the moment the lid closes even where nothing locks the session; a session locked at the
 * sleep stays locked through its own source.
 */
public final class LogindSleep implements PresenceSource {

    private static final String MANAGER_INTERFACE = "org.freedesktop.login1.Manager";

    private final Map<String, String> env;
    private final BusWatch watch = new BusWatch(DbusBus.SYSTEM, LogindSessionLock.LOGIND);

    /** @param env the environment: the system bus's address */
    public LogindSleep(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    @Override
    public String name() {
        return "logind's sleep and wake (system bus)";
    }

    @Override
    public void start(Listener listener) throws Unavailable {
        DBusConnection connection = watch.open(env);
        try {
            watch.listen(BusWatch.signal(LogindSessionLock.MANAGER_PATH, MANAGER_INTERFACE, "PrepareForSleep").build(), signal -> {
                        if (signal.getParameters()[0] instanceof Boolean sleeping) {
                            listener.changed(sleeping);
                        }
                    });
            // Asks logind once, so a bus without it is found now and not at the first sleep.
            Object preparing = connection.getRemoteObject(LogindSessionLock.LOGIND, LogindSessionLock.MANAGER_PATH,
                    Properties.class).Get(MANAGER_INTERFACE, "PreparingForSleep");
            listener.changed(Boolean.TRUE.equals(preparing));
        } catch (Exception e) {
            close();
            throw watch.unavailable("logind does not answer", e);
        }
    }

    @Override
    public void close() {
        watch.close();
    }
}
