package org.unhunch.cli;

import java.util.function.IntSupplier;

/**
 * The end of a command that runs until it is stopped ({@code run}, {@code record-trace}): Ctrl+C,
 * SIGTERM or SIGHUP is its normal stop. The JVM would end such a stop with 128 + the signal's
 * number (130, 143, 129), which a service manager (systemd, launchd) and a script read as a
 * failure; this hook closes what the command holds and then ends the process with the command's
 * own status.
 */
final class StopHook {

    private StopHook() {
    }

    /**
     * Runs {@code stop} when the JVM shuts down, for any reason, then halts with the status it
     * returns: the other shutdown hooks may be cut short, so {@code stop} must leave nothing unsaved.
     */
    static void install(String name, IntSupplier stop) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> Runtime.getRuntime().halt(stop.getAsInt()), name));
    }

    /** As {@link #install(String, IntSupplier)}, for a {@code stop} that always ends with {@code status}. */
    static void install(String name, Runnable stop, int status) {
        install(name, () -> {
            stop.run();
            return status;
        });
    }
}
