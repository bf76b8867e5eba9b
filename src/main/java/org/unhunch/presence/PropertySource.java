package org.unhunch.presence;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.errors.UnknownInterface;
import org.freedesktop.dbus.errors.UnknownProperty;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.matchrules.DBusMatchRule;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.Variant;

/**
 * A source that follows one D-Bus property of a service's object: read with {@code Get} at the
 * start, followed through the object's {@code PropertiesChanged} (read afresh where the signal only
 * says the value changed).
 */
abstract class PropertySource extends DbusSource {

    private static final String PROPERTIES = "org.freedesktop.DBus.Properties";

    private final String service;
    private final String iface;
    private final String property;
    /** The object's path, found at the start; never logged (it may hold the session's id). */
    private volatile String path;

    /** @param iface the interface the property belongs to */
    PropertySource(String name, String unanswered, Map<String, String> env, DbusBus bus, String service,
                   String iface, String property) {
        super(name, unanswered, env, bus, service);
        this.service = service;
        this.iface = iface;
        this.property = property;
    }

    /** The path of the object that has the property; may ask the service first (which session is ours). */
    abstract String path(DBusConnection connection, Map<String, String> env) throws DBusException;

    /** Whether the property's value means on. */
    abstract boolean on(Object value);

    @Override
    final DBusMatchRule rule(DBusConnection connection, Map<String, String> env) throws DBusException {
        path = path(connection, env);
        return BusWatch.signal(path, PROPERTIES, "PropertiesChanged").withArg0123(0, iface).build();
    }

    @Override
    final Boolean fromSignal(DBusSignal signal, DBusConnection connection) throws DBusException {
        Object[] parameters = signal.getParameters();
        if (parameters.length >= 2 && parameters[1] instanceof Map<?, ?> changed
                && changed.get(property) instanceof Variant<?> value) {
            return on(value.getValue());
        }
        if (parameters.length >= 3 && parameters[2] instanceof List<?> invalidated && invalidated.contains(property)) {
            return readNow(connection);
        }
        return null;
    }

    /**
     * A service that answers {@code Get} with an error about the property has no such property (GNOME's
     * notification daemon has no {@code Inhibited}): said so, as the start fails, rather than "does not answer".
     */
    @Override
    final String unanswered(Exception e) {
        boolean noSuchProperty = e instanceof UnknownProperty || e instanceof UnknownInterface
                || e instanceof DBusExecutionException refused && refused.getType() != null
                && (refused.getType().endsWith(".UnknownProperty") || refused.getType().endsWith(".InvalidArgs"));
        return noSuchProperty ? service + " has no " + property + " property" : super.unanswered(e);
    }

    @Override
    final boolean readNow(DBusConnection connection) throws DBusException {
        return on(connection.getRemoteObject(service, path, Properties.class).Get(iface, property));
    }
}
