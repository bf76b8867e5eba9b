package org.unhunch.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;

/**
 * The two D-Bus buses, found where the environment says (as libdbus finds them), and a connection
 * to one. Only socket files are reached (the JDK's own Unix sockets): a bus on an abstract socket
 * counts as missing. What goes wrong is said by the bus's name alone: addresses hold paths and ids.
 */
public enum DbusBus {
    SYSTEM("the system bus", "DBUS_SYSTEM_BUS_ADDRESS"),
    SESSION("the session bus", "DBUS_SESSION_BUS_ADDRESS");

    private static final String DEFAULT_SYSTEM_SOCKET = "/var/run/dbus/system_bus_socket";

    private final String label;
    private final String variable;

    DbusBus(String label, String variable) {
        this.label = label;
        this.variable = variable;
    }

    public String label() {
        return label;
    }

    /**
     * A connection of its own (not shared with other sources), with one thread for each kind of
     * message: a handful of signals a day need no pool.
     *
     * @param env the environment to read the bus's address from
     */
    public DBusConnection connect(Map<String, String> env) throws BusUnavailableException {
        String address = address(env);
        try {
            return DBusConnectionBuilder.forAddress(address)
                    .withShared(false)
                    .receivingThreadConfig()
                    .withSignalThreadCount(1)
                    .withMethodCallThreadCount(1)
                    .withMethodReturnThreadCount(1)
                    .withErrorHandlerThreadCount(1)
                    .connectionConfig()
                    .build();
        } catch (DBusException | DBusExecutionException | IllegalArgumentException e) {
            throw new BusUnavailableException("cannot connect to " + label + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The first socket-file address the environment gives for this bus. */
    public String address(Map<String, String> env) throws BusUnavailableException {
        String given = env.get(variable);
        if (given == null || given.isBlank()) {
            return defaultAddress(env).orElseThrow(() ->
                    new BusUnavailableException("no " + label.substring(4) + ": " + variable + " is not set"));
        }
        for (String entry : given.split(";")) {
            Optional<Path> socket = socketFile(entry);
            if (socket.isPresent()) {
                if (!Files.exists(socket.get())) {
                    // Checked here: a connection to a missing socket is tried again and again for seconds.
                    throw new BusUnavailableException("no " + label.substring(4) + ": there is no socket where "
                            + variable + " says");
                }
                return entry;
            }
        }
        throw new BusUnavailableException(label + " is not on a socket file (" + variable
                + " names an abstract socket or another transport, which Unhunch cannot reach)");
    }

    /** The socket file of a {@code unix:path=…} address, or empty for any other kind. */
    private static Optional<Path> socketFile(String address) {
        if (!address.startsWith("unix:")) {
            return Optional.empty();
        }
        for (String key : address.substring("unix:".length()).split(",")) {
            if (key.startsWith("path=")) {
                return Optional.of(Path.of(key.substring("path=".length())));
            }
        }
        return Optional.empty();
    }

    private Optional<String> defaultAddress(Map<String, String> env) {
        Path socket;
        if (this == SYSTEM) {
            socket = Path.of(DEFAULT_SYSTEM_SOCKET);
        } else {
            String runtime = env.get("XDG_RUNTIME_DIR");
            if (runtime == null || runtime.isBlank()) {
                return Optional.empty();
            }
            socket = Path.of(runtime, "bus");
        }
        return Files.exists(socket) ? Optional.of("unix:path=" + socket) : Optional.empty();
    }
}
