package org.unhunch.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A clock that keeps counting while the machine sleeps, where the platform offers one: Linux's
 * {@code /proc/uptime} (CLOCK_BOOTTIME, 10 ms resolution). With it, sleep is measured, not
 * guessed from the wall clock, so setting the wall clock can never look like sleep.
 */
@FunctionalInterface
public interface BootClock {

    /** No boot clock here: sleep is then inferred from the wall clock. */
    BootClock NONE = OptionalLong::empty;

    /** Nanoseconds since boot, sleep included; empty if not available. */
    OptionalLong read();

    /** {@code /proc/uptime} where it can be read, else {@link #NONE}. */
    static BootClock forThisPlatform() {
        Path uptime = Path.of("/proc/uptime");
        if (!Files.isReadable(uptime)) {
            return NONE;
        }
        return () -> {
            try {
                String first = Files.readString(uptime, StandardCharsets.US_ASCII).split(" ", 2)[0];
                int dot = first.indexOf('.');
                long seconds = Long.parseLong(dot < 0 ? first : first.substring(0, dot));
                String fraction = dot < 0 ? "0" : (first.substring(dot + 1) + "000000000").substring(0, 9);
                return OptionalLong.of(seconds * 1_000_000_000L + Long.parseLong(fraction));
            } catch (IOException | RuntimeException e) {
                return OptionalLong.empty();
            }
        };
    }
}
