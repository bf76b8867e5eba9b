package org.unhunch.platform;

import java.io.IOException;
import java.util.Map;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.matchrules.DBusMatchRule;
import org.freedesktop.dbus.matchrules.DBusMatchRuleBuilder;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.messages.constants.MessageTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One source's connection to a bus and the signals it watches there. Signals are taken only while
 * open, and — where a trusted service is named — only from the process that owns that name (on the
 * system bus anyone may send a signal that looks like logind's, on the session bus one that looks
 * like GNOME's idle monitor).
 */
public final class BusWatch {

    private static final Logger LOG = LoggerFactory.getLogger(BusWatch.class);

    /** What a source does with a signal it watches; runs on the connection's signal thread. */
    @FunctionalInterface
    public interface SignalHandler {
        void handle(DBusSignal signal) throws Exception;
    }

    private final DbusBus bus;
    private final String trustedService;
    private volatile DBusConnection connection;
    private volatile String trustedOwner;
    private volatile boolean closed;

    /** @param trustedService the well-known name whose owner alone may send the signals, or null for anyone */
    public BusWatch(DbusBus bus, String trustedService) {
        this.bus = bus;
        this.trustedService = trustedService;
    }

    public DbusBus bus() {
        return bus;
    }

    /**
     * Connects, and finds who owns the trusted service now.
     *
     * @throws DBusExecutionException if the trusted service is not on the bus (NameHasNoOwner)
     */
    public DBusConnection open(Map<String, String> env) throws BusUnavailableException {
        connection = bus.connect(env);
        if (trustedService != null) {
            trustedOwner = connection.getDBusOwnerName(trustedService);
        }
        return connection;
    }

    /** A rule for the signal {@code member} of {@code iface} sent from the object at {@code path}. */
    public static DBusMatchRuleBuilder signal(String path, String iface, String member) {
        return DBusMatchRuleBuilder.create().withType(MessageTypes.SIGNAL).withPath(path).withInterface(iface)
                .withMember(member);
    }

    public void listen(DBusMatchRule rule, SignalHandler handler) throws DBusException {
        connection.addGenericSigHandler(rule, signal -> {
            if (closed || !fromTrustedService(signal)) {
                return;
            }
            try {
                handler.handle(signal);
            } catch (Exception e) {
                LOG.debug("A signal on {} could not be read ({})", bus.label(), errorName(e));
            }
        });
    }

    private boolean fromTrustedService(DBusSignal signal) {
        if (trustedService == null || signal.getSource() == null) {
            return trustedService == null;
        }
        if (!signal.getSource().equals(trustedOwner)) {
            // The service may have restarted under a new unique name.
            try {
                trustedOwner = connection.getDBusOwnerName(trustedService);
            } catch (DBusExecutionException e) {
                return false;
            }
        }
        return signal.getSource().equals(trustedOwner);
    }

    /** dbus-java throws a class of its own for each D-Bus error it knows (ServiceUnknown, UnknownObject…). */
    public static String errorName(Exception e) {
        return e.getClass().getSimpleName();
    }

    /** Safe to call more than once; signals that were on their way are dropped. */
    public void close() {
        closed = true;
        DBusConnection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug("The connection to {} did not close cleanly ({})", bus.label(), e.getClass().getSimpleName());
            }
        }
    }
}
