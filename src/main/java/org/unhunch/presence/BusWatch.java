package org.unhunch.presence;

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
import org.unhunch.platform.BusUnavailableException;
import org.unhunch.platform.DbusBus;

/**
 * One source's connection to a bus and the signals it watches there. Signals are taken only while
 * open, and — where a trusted service is named — only from the process that owns that name (on the
 * system bus anyone may send a signal that looks like logind's).
 */
final class BusWatch {

    private static final Logger LOG = LoggerFactory.getLogger(BusWatch.class);

    /** What a source does with a signal it watches; runs on the connection's signal thread. */
    @FunctionalInterface
    interface SignalHandler {
        void handle(DBusSignal signal) throws Exception;
    }

    private final DbusBus bus;
    private final String trustedService;
    private volatile DBusConnection connection;
    private volatile String trustedOwner;
    private volatile boolean closed;

    /** @param trustedService the well-known name whose owner alone may send the signals, or null for anyone */
    BusWatch(DbusBus bus, String trustedService) {
        this.bus = bus;
        this.trustedService = trustedService;
    }

    DBusConnection open(Map<String, String> env) throws PresenceSource.Unavailable {
        try {
            connection = bus.connect(env);
        } catch (BusUnavailableException e) {
            throw new PresenceSource.Unavailable(e.getMessage());
        }
        if (trustedService != null) {
            trustedOwner = connection.getDBusOwnerName(trustedService);
        }
        return connection;
    }

    /** A rule for the signal {@code member} of {@code iface} sent from the object at {@code path}. */
    static DBusMatchRuleBuilder signal(String path, String iface, String member) {
        return DBusMatchRuleBuilder.create().withType(MessageTypes.SIGNAL).withPath(path).withInterface(iface)
                .withMember(member);
    }

    void listen(DBusMatchRule rule, SignalHandler handler) throws DBusException {
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
            trustedOwner = connection.getDBusOwnerName(trustedService);
        }
        return signal.getSource().equals(trustedOwner);
    }

    /**
     * Why a source cannot start, said by the D-Bus error's name alone (its text may hold ids and
     * paths). Anything else that stopped it is a bug: said in full in the log, and the agent goes on.
     */
    PresenceSource.Unavailable unavailable(String what, Exception e) {
        if (e instanceof PresenceSource.Unavailable unavailable) {
            return unavailable;
        }
        if (!(e instanceof DBusException || e instanceof DBusExecutionException)) {
            LOG.warn("Unexpected problem while starting to watch {} (Unhunch goes on without it)", bus.label(), e);
        }
        return new PresenceSource.Unavailable(what + " on " + bus.label() + " (" + errorName(e) + ")");
    }

    /** dbus-java throws a class of its own for each D-Bus error it knows (ServiceUnknown, UnknownObject…). */
    private static String errorName(Exception e) {
        return e.getClass().getSimpleName();
    }

    void close() {
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
