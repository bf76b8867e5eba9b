package org.unhunch.presence;

import java.util.Map;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.matchrules.DBusMatchRule;
import org.freedesktop.dbus.messages.DBusSignal;
import org.unhunch.platform.BusWatch;
import org.unhunch.platform.DbusBus;

/**
 * A source told by one signal whose first argument is the new state, on or off ({@code ActiveChanged},
 * {@code PrepareForSleep}, {@code HasInhibitChanged}); asked at the start by the subclass.
 */
abstract class BooleanSignalSource extends DbusSource {

    private final DBusMatchRule rule;

    /** The signal is {@code member} of {@code iface}, sent from the object at {@code path}. */
    BooleanSignalSource(String name, String unanswered, Map<String, String> env, DbusBus bus, String trustedService,
                        String path, String iface, String member) {
        super(name, unanswered, env, bus, trustedService);
        this.rule = BusWatch.signal(path, iface, member).build();
    }

    @Override
    final DBusMatchRule rule(DBusConnection connection, Map<String, String> env) {
        return rule;
    }

    @Override
    final Boolean fromSignal(DBusSignal signal, DBusConnection connection) throws DBusException {
        Object[] parameters = signal.getParameters();
        return parameters.length > 0 && parameters[0] instanceof Boolean on ? on : null;
    }
}
