package org.unhunch.presence;

import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.unhunch.platform.DbusBus;

/**
 * A video or a player holding the screen awake, from the freedesktop.org power management service
 * on the session bus (KDE's and Xfce's power managers): on while it has an inhibitor, asked with
 * {@code HasInhibit} at the start and followed through {@code HasInhibitChanged}. Who holds it is
 * never asked.
 */
public final class PowerManagementInhibited extends BooleanSignalSource {

    private static final String POWER_MANAGEMENT = "org.freedesktop.PowerManagement";
    private static final String PATH = "/org/freedesktop/PowerManagement/Inhibit";
    private static final String INHIBIT = "org.freedesktop.PowerManagement.Inhibit";

    /** The inhibit object's one method read here. */
    @DBusInterfaceName(INHIBIT)
    public interface Inhibit extends DBusInterface {
        @DBusMemberName("HasInhibit")
        boolean hasInhibit();
    }

    /** @param env the environment: the session bus's address */
    public PowerManagementInhibited(Map<String, String> env) {
        super(POWER_MANAGEMENT + "'s idle inhibitor (session bus)", POWER_MANAGEMENT + " does not answer", env,
                DbusBus.SESSION, POWER_MANAGEMENT, PATH, INHIBIT, "HasInhibitChanged");
    }

    @Override
    boolean readNow(DBusConnection connection) throws DBusException {
        return connection.getRemoteObject(POWER_MANAGEMENT, PATH, Inhibit.class).hasInhibit();
    }

    @Override
    public Signal signal() {
        return Signal.IDLE_INHIBITOR;
    }
}
