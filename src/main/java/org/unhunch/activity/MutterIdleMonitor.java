package org.unhunch.activity;

import java.time.Duration;
import java.util.Map;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.UInt64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GNOME's idle monitor, {@code org.gnome.Mutter.IdleMonitor} on the session bus, under Wayland and
 * X11 alike: {@code GetIdletime} in milliseconds, a user-active watch for a return (Mutter fires it
 * once and forgets it) and an idle watch for a pause (fired each time the idle time reaches it).
 * Watches are told by the {@code WatchFired} signal, taken from the owner of Mutter's name alone.
 * Mutter forgets a client's watches when it leaves the bus, so closing needs no call.
 */
public final class MutterIdleMonitor implements IdleTimeReader {

    static final String SERVICE = "org.gnome.Mutter.IdleMonitor";
    static final String PATH = "/org/gnome/Mutter/IdleMonitor/Core";

    private static final Logger LOG = LoggerFactory.getLogger(MutterIdleMonitor.class);

    /** A watch Mutter gave an id, and what to run when it fires. */
    private record Watch(long id, Runnable action) {
    }

    private final IdleTimeBus bus;
    /** Guards both watches, and is held while one is asked for, so that a firing is never missed for an id not yet kept. */
    private final Object watches = new Object();
    private Watch returnWatch;
    private Watch quietWatch;

    /**
     * Connects to the session bus and reads the idle time once.
     *
     * @param env the environment that says where the session bus is
     * @throws ActivitySourceUnavailableException if there is no session bus, Mutter is not on it or does not answer
     */
    public MutterIdleMonitor(Map<String, String> env) throws ActivitySourceUnavailableException {
        bus = new IdleTimeBus(SERVICE, PATH, env);
        try {
            bus.onSignal("WatchFired", this::fired);
            idleMillis();
        } catch (IdleTimeUnreadableException e) {
            bus.close();
            throw new ActivitySourceUnavailableException(e.getMessage());
        } catch (DBusException e) {
            bus.close();
            throw new ActivitySourceUnavailableException("the signals of " + SERVICE + " cannot be watched ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public long idleMillis() throws IdleTimeUnreadableException {
        return bus.askMillis("GetIdletime", "t");
    }

    @Override
    public String description() {
        return "GNOME's idle monitor (" + SERVICE + " on the session bus)";
    }

    @Override
    public boolean watchForReturn(Runnable onReturn) {
        synchronized (watches) {
            endReturnWatch();
            returnWatch = addWatch("AddUserActiveWatch", null, onReturn);
            return returnWatch != null;
        }
    }

    @Override
    public void endReturnWatch() {
        synchronized (watches) {
            removeWatch(returnWatch);
            returnWatch = null;
        }
    }

    @Override
    public boolean watchForQuiet(Duration quiet, Runnable onQuiet) {
        synchronized (watches) {
            endQuietWatch();
            if (quiet.isNegative() || quiet.isZero()) {
                return false;
            }
            quietWatch = addWatch("AddIdleWatch", "t", onQuiet, new UInt64(quiet.toMillis()));
            return quietWatch != null;
        }
    }

    @Override
    public void endQuietWatch() {
        synchronized (watches) {
            removeWatch(quietWatch);
            quietWatch = null;
        }
    }

    /** The watch Mutter took, or null if it did not (it is then read, or sampled, instead). */
    private Watch addWatch(String member, String signature, Runnable action, Object... args) {
        try {
            return new Watch(bus.askNumber(member, "u", signature, args), action);
        } catch (IdleTimeUnreadableException e) {
            LOG.debug("GNOME's idle monitor took no watch ({})", e.getMessage());
            return null;
        }
    }

    private void removeWatch(Watch watch) {
        if (watch == null) {
            return;
        }
        try {
            bus.call("RemoveWatch", "u", new UInt32(watch.id()));
        } catch (IdleTimeUnreadableException e) {
            LOG.debug("GNOME's idle monitor did not remove a watch ({})", e.getMessage());
        }
    }

    /** On the signal thread: finds the watch and runs its action, nothing more. A return watch fires once. */
    private void fired(DBusSignal signal) throws DBusException, IdleTimeUnreadableException {
        long id = IdleTimeReply.unsigned(SERVICE + "'s WatchFired", "u", signal.getSig(), signal.getParameters());
        Runnable action;
        synchronized (watches) {
            if (returnWatch != null && returnWatch.id() == id) {
                action = returnWatch.action();
                returnWatch = null;
            } else if (quietWatch != null && quietWatch.id() == id) {
                action = quietWatch.action();
            } else {
                return;
            }
        }
        action.run();
    }

    /** Safe to call more than once; a watch that fires afterwards is not told. */
    @Override
    public void close() {
        synchronized (watches) {
            returnWatch = null;
            quietWatch = null;
        }
        bus.close();
    }
}
