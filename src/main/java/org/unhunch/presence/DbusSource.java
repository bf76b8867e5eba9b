package org.unhunch.presence;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.matchrules.DBusMatchRule;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.messages.DBusSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.platform.BusUnavailableException;
import org.unhunch.platform.BusWatch;
import org.unhunch.platform.DbusBus;

/**
 * A source that watches one signal on one bus. At the start it subscribes first and then reads the
 * state now, which it tells unless a signal has already told a newer one; from then on each signal
 * tells the change.
 */
abstract class DbusSource implements PresenceSource {

    private static final Logger LOG = LoggerFactory.getLogger(DbusSource.class);

    private final String name;
    private final String unanswered;
    private final Map<String, String> env;
    private final BusWatch watch;

    /**
     * @param unanswered     what is said when the service does not answer (no such session, no such service)
     * @param trustedService whose owner alone may send the signal, or null for anyone on the bus
     */
    DbusSource(String name, String unanswered, Map<String, String> env, DbusBus bus, String trustedService) {
        this.name = name;
        this.unanswered = unanswered;
        this.env = Map.copyOf(env);
        this.watch = new BusWatch(bus, trustedService);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final void start(Listener listener) throws Unavailable {
        try {
            DBusConnection connection = watch.open(env);
            AtomicBoolean heard = new AtomicBoolean();
            watch.listen(rule(connection, env), signal -> {
                Boolean on = fromSignal(signal, connection);
                if (on != null) {
                    heard.set(true);
                    listener.changed(on);
                }
            });
            boolean now = readNow(connection);
            if (!heard.get()) {
                listener.changed(now);
            }
        } catch (Exception e) {
            close();
            throw unavailable(unanswered(e), e);
        }
    }

    /**
     * Why a source cannot start, said by the D-Bus error's name alone (its text may hold ids and
     * paths). Anything else that stopped it is a bug: said in full in the log, and the agent goes on.
     */
    private Unavailable unavailable(String what, Exception e) {
        if (e instanceof BusUnavailableException) {
            return new Unavailable(e.getMessage());
        }
        if (!(e instanceof DBusException || e instanceof DBusExecutionException)) {
            LOG.warn("Unexpected problem while starting to watch {} (Unhunch goes on without it)", watch.bus().label(), e);
        }
        return new Unavailable(what + " on " + watch.bus().label() + " (" + BusWatch.errorName(e) + ")");
    }

    /** What is said when the start failed with {@code e}: the service does not answer, unless a source can tell better. */
    String unanswered(Exception e) {
        return unanswered;
    }

    /** The signal to watch; may ask the service first (which session is ours). */
    abstract DBusMatchRule rule(DBusConnection connection, Map<String, String> env) throws DBusException;

    /** On or off as the signal tells it, or null if it is not about this fact. */
    abstract Boolean fromSignal(DBusSignal signal, DBusConnection connection) throws DBusException;

    /** The state now, asked of the service: this also finds a service that is not there. */
    abstract boolean readNow(DBusConnection connection) throws DBusException;

    @Override
    public final void close() {
        watch.close();
    }
}
