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

    private static final String SERVICE = "org.gnome.Mutter.IdleMonitor";
    private static final String PATH = "/org/gnome/Mutter/IdleMonitor/Core";

    private static final Logger LOG = LoggerFactory.getLogger(MutterIdleMonitor.class);

    private final IdleTimeBus bus;
    /** Guards both watches, and is held while one is asked for, so that a firing is never missed for an id not yet kept. */
    private final Object watches = new Object();
    private final WatchSlot returnWatch = new WatchSlot(true);
    private final WatchSlot quietWatch = new WatchSlot(false);

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
            return returnWatch.set(onReturn, "AddUserActiveWatch", null);
        }
    }

    @Override
    public void endReturnWatch() {
        synchronized (watches) {
            returnWatch.end();
        }
    }

    @Override
    public boolean watchForQuiet(Duration quiet, Runnable onQuiet) {
        synchronized (watches) {
            if (quiet.isNegative() || quiet.isZero()) {
                quietWatch.end();
                return false;
            }
            return quietWatch.set(onQuiet, "AddIdleWatch", "t", new UInt64(quiet.toMillis()));
        }
    }

    @Override
    public void endQuietWatch() {
        synchronized (watches) {
            quietWatch.end();
        }
    }

    /** On the signal thread: finds the watch and runs its action, nothing more. A return watch fires once. */
    private void fired(DBusSignal signal) throws DBusException, IdleTimeUnreadableException {
        long id = IdleTimeReply.unsigned(SERVICE + "'s WatchFired", "u", signal.getSig(), signal.getParameters());
        Runnable action;
        synchronized (watches) {
            action = returnWatch.fired(id);
            if (action == null) {
                action = quietWatch.fired(id);
            }
        }
        if (action != null) {
            action.run();
        }
    }

    /** Safe to call more than once; a watch that fires afterwards is not told. */
    @Override
    public void close() {
        synchronized (watches) {
            returnWatch.forget();
            quietWatch.forget();
        }
        bus.close();
    }

    /** One watch at a time, replaced by the next; used under {@link #watches}. */
    private final class WatchSlot {

        private final boolean firesOnce;
        private long id;
        private Runnable action;

        /** @param firesOnce Mutter forgets the watch when it fires (a user-active watch) */
        WatchSlot(boolean firesOnce) {
            this.firesOnce = firesOnce;
        }

        /** Replaces the watch with one asked of Mutter by {@code member}; false if Mutter did not take it. */
        boolean set(Runnable onFired, String member, String signature, Object... args) {
            end();
            try {
                id = bus.askNumber(member, "u", signature, args);
                action = onFired;
                return true;
            } catch (IdleTimeUnreadableException e) {
                LOG.debug("GNOME's idle monitor took no watch ({})", e.getMessage());
                return false;
            }
        }

        void end() {
            if (action == null) {
                return;
            }
            forget();
            try {
                bus.call("RemoveWatch", "u", new UInt32(id));
            } catch (IdleTimeUnreadableException e) {
                LOG.debug("GNOME's idle monitor did not remove a watch ({})", e.getMessage());
            }
        }

        /** What to run for the watch {@code firedId}, or null if it is not this one. */
        Runnable fired(long firedId) {
            Runnable fired = action != null && id == firedId ? action : null;
            if (fired != null && firesOnce) {
                forget();
            }
            return fired;
        }

        void forget() {
            action = null;
        }
    }
}
