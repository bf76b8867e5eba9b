package org.unhunch.presence;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.interfaces.DBusInterface;

/**
 * The desktop's screensaver on the session bus — GNOME Shell's {@code org.gnome.ScreenSaver}, or
 * {@code org.freedesktop.ScreenSaver} (KDE and others) — active while the lock screen or the
 * screensaver covers the desktop. Watched through its {@code ActiveChanged} signal, read once at
 * the start with {@code GetActive}.
 */
public final class ScreenSaverActive implements PresenceSource {

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

    private final Map<String, String> env;
    private final String service;
    private final String path;
    private final Class<? extends DBusInterface> type;
    private final BusWatch watch = new BusWatch(DbusBus.SESSION, null);

    private ScreenSaverActive(Map<String, String> env, String service, String path,
                              Class<? extends DBusInterface> type) {
        this.env = Map.copyOf(env);
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
    public String name() {
        return service + " (session bus)";
    }

    @Override
    public void start(Listener listener) throws Unavailable {
        DBusConnection connection = watch.open(env);
        try {
            AtomicBoolean heard = new AtomicBoolean();
            watch.listen(BusWatch.signal(path, service, "ActiveChanged").build(), signal -> {
                        if (signal.getParameters()[0] instanceof Boolean active) {
                            heard.set(true);
                            listener.changed(active);
                        }
                    });
            DBusInterface screensaver = connection.getRemoteObject(service, path, type);
            boolean active = screensaver instanceof Gnome gnome ? gnome.active() : ((Freedesktop) screensaver).active();
            if (!heard.get()) {
                listener.changed(active);
            }
        } catch (Exception e) {
            close();
            throw watch.unavailable(service + " does not answer", e);
        }
    }

    @Override
    public void close() {
        watch.close();
    }
}
