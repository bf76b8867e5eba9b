package org.unhunch.activity;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.messages.Error;
import org.freedesktop.dbus.messages.Message;
import org.freedesktop.dbus.messages.MethodCall;
import org.unhunch.platform.BusUnavailableException;
import org.unhunch.platform.BusWatch;
import org.unhunch.platform.DbusBus;

/**
 * A private connection to one idle-time service on the session bus. Every call is bounded: a service
 * that hangs fails the call after {@link #CALL_TIMEOUT} instead of holding the agent's loop. Signals
 * are taken from the owner of the service's name alone. What goes wrong is said by the service's
 * name and the D-Bus error's name, never the bus's address.
 */
final class IdleTimeBus {

    static final Duration CALL_TIMEOUT = Duration.ofSeconds(1);
    private static final int LONGEST_ERROR_NAME = 64;

    private final String service;
    private final String path;
    private final BusWatch watch;
    private final DBusConnection connection;

    /** Connects; the service is asked nothing yet, so it may still turn out not to be there. */
    IdleTimeBus(String service, String path, Map<String, String> env) throws ActivitySourceUnavailableException {
        this.service = service;
        this.path = path;
        this.watch = new BusWatch(DbusBus.SESSION, service);
        try {
            this.connection = watch.open(env);
        } catch (BusUnavailableException e) {
            throw new ActivitySourceUnavailableException(service + " cannot be asked: " + e.getMessage());
        } catch (DBusExecutionException e) {
            watch.close();
            throw new ActivitySourceUnavailableException(service + " is not on the session bus ("
                    + BusWatch.errorName(e) + ")");
        }
    }

    /** Asks {@code member}, which answers an idle time in milliseconds of the D-Bus type {@code type}. */
    long askMillis(String member, String type) throws IdleTimeUnreadableException {
        Message reply = call(member, null);
        return IdleTimeReply.millis(service + "'s " + member, type, reply.getSig(), values(reply, member));
    }

    /** Asks {@code member}, which answers one unsigned number of the D-Bus type {@code type} (an id). */
    long askNumber(String member, String type, String signature, Object... args) throws IdleTimeUnreadableException {
        Message reply = call(member, signature, args);
        return IdleTimeReply.unsigned(service + "'s " + member, type, reply.getSig(), values(reply, member));
    }

    /**
     * Calls {@code member} of the service's interface (named as the service) and waits at most
     * {@link #CALL_TIMEOUT} for its answer.
     *
     * @param signature the arguments' D-Bus signature, or null for none
     * @return the answer, a method return (an error is thrown)
     */
    Message call(String member, String signature, Object... args) throws IdleTimeUnreadableException {
        MethodCall call;
        try {
            call = connection.getMessageFactory().createMethodCall(service, path, service, member, (byte) 0,
                    signature, args);
            // dbus-java's proxies wait for a reply as long as MethodCall's default, which is one
            // setting for the whole process (20 s). A call sent by hand is waited for with
            // MethodCall.getReply(timeout): this call's own bound.
            connection.sendMessage(call);
        } catch (DBusException | DBusExecutionException e) {
            throw new IdleTimeUnreadableException(service + " could not be asked " + member + " on the session bus ("
                    + BusWatch.errorName(e) + ")");
        }
        Message reply = awaitReply(call);
        if (reply == null) {
            throw new IdleTimeUnreadableException(service + " did not answer " + member + " within "
                    + CALL_TIMEOUT.toSeconds() + " s");
        }
        if (reply instanceof Error error) {
            throw new IdleTimeUnreadableException(refusal(member, error.getName()));
        }
        return reply;
    }

    private Object[] values(Message reply, String member) throws IdleTimeUnreadableException {
        try {
            return reply.getParameters();
        } catch (DBusException e) {
            throw new IdleTimeUnreadableException(service + "'s " + member + " sent a reply that cannot be read ("
                    + BusWatch.errorName(e) + ")");
        }
    }

    /** The answer, or null if none came in time (or the thread was interrupted). */
    private static Message awaitReply(MethodCall call) {
        long deadline = System.nanoTime() + CALL_TIMEOUT.toNanos();
        Message reply = null;
        long left = CALL_TIMEOUT.toNanos();
        while (reply == null && left > 0 && !Thread.currentThread().isInterrupted()) {
            reply = call.getReply(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            left = deadline - System.nanoTime();
        }
        return reply;
    }

    /** What an error answer to {@code member} means, said by the error's name alone (its text may hold paths). */
    private String refusal(String member, String errorName) {
        String name = printableName(errorName);
        String shortName = name.substring(name.lastIndexOf('.') + 1);
        return switch (shortName) {
            case "ServiceUnknown", "NameHasNoOwner" -> service + " is not on the session bus (" + shortName + ")";
            case "UnknownMethod", "UnknownInterface", "UnknownObject", "NotSupported" ->
                    service + " does not support " + member + " (" + shortName + ")";
            case "NoReply", "Timeout", "TimedOut" -> service + " did not answer " + member + " (" + shortName + ")";
            default -> service + " answered " + member + " with the error " + name;
        };
    }

    /** A D-Bus error name as the service sent it, kept to the characters a name may have. */
    private static String printableName(String name) {
        if (name == null || name.isEmpty()) {
            return "(unnamed)";
        }
        StringBuilder kept = new StringBuilder();
        name.codePoints().limit(LONGEST_ERROR_NAME).forEach(c -> kept.append(
                c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_') ? (char) c : '?'));
        return name.length() > LONGEST_ERROR_NAME ? kept + "…" : kept.toString();
    }

    /** Handles the service's signal {@code member} on the connection's signal thread, from the service alone. */
    void onSignal(String member, BusWatch.SignalHandler handler) throws DBusException {
        watch.listen(BusWatch.signal(path, service, member).build(), handler);
    }

    /** Safe to call more than once. */
    void close() {
        watch.close();
    }
}
