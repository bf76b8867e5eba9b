package org.unhunch.presence;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.matchrules.DBusMatchRule;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.Variant;
import org.unhunch.platform.BusWatch;
import org.unhunch.platform.DbusBus;

/**
 * A source that follows one D-Bus property of a service's object: read with {@code Get} at the
 * start, followed through the object's {@code PropertiesChanged} (read afresh where the signal only
 * says the value changed).
 */
abstract class PropertySource extends DbusSource {

    private static final String PROPERTIES = "org.freedesktop.DBus.Properties";

    private final String service;
    private final String knownPath;
    private final String iface;
    private final String property;
    /** The object's path, found at the start; never logged (it may hold the session's id). */
    private volatile String path;

    /**
     * @param knownPath the path of the object that has the property, or null where {@link #path} finds it
     * @param iface     the interface the property belongs to
     */
    PropertySource(String name, String unanswered, Map<String, String> env, DbusBus bus, String service,
                   String knownPath, String iface, String property) {
        super(name, unanswered, env, bus, service);
        this.service = service;
        this.knownPath = knownPath;
        this.iface = iface;
        this.property = property;
    }

    /** The path of the object that has the property: the known one, unless a source asks the service (which session is ours). */
    String path(DBusConnection connection, Map<String, String> env) throws DBusException {
        return knownPath;
    }

    /** Whether the property's value means on: true, unless a source reads it otherwise. */
    boolean on(Object value) {
        return Boolean.TRUE.equals(value);
    }

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

    /** A service that answers without the property (GNOME's notifications have no Inhibited) is said so. */
    @Override
    final String unanswered(Exception e) {
        return e instanceof NoSuchProperty ? service + " has no " + property + " property" : super.unanswered(e);
    }

    @Override
    final boolean readNow(DBusConnection connection) throws DBusException {
        Properties properties = connection.getRemoteObject(service, path, Properties.class);
        try {
            return on(properties.Get(iface, property));
        } catch (DBusExecutionException e) {
            if (lacksProperty(properties)) {
                throw new NoSuchProperty();
            }
            throw e;
        }
    }

    /**
     * Whether the service, asked for all the interface's properties, answers without this one; the
     * error {@code Get} gave cannot tell (services name it differently, and dbus-java keeps no name
     * it does not know).
     */
    private boolean lacksProperty(Properties properties) {
        try {
            return !properties.GetAll(iface).containsKey(property);
        } catch (DBusExecutionException e) {
            return false;
        }
    }

    /** The service answers, but its object has no such property. */
    private static final class NoSuchProperty extends DBusException {

        private static final long serialVersionUID = 1L;

        NoSuchProperty() {
            super("no such property");
        }
    }
}
