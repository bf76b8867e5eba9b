package org.unhunch.activity.macos;

import com.sun.jna.Native;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.unhunch.activity.ActivitySourceUnavailableException;
import org.unhunch.activity.IdleTimeReader;
import org.unhunch.activity.IdleTimeUnreadableException;

/**
 * macOS' own count of the seconds since the last input of any kind from the hardware
 * ({@code CGEventSourceSecondsSinceLastEventType}, HID system state, any input type). No hook and no
 * Accessibility permission. Never run on macOS yet (docs/platforms.md).
 */
public final class MacIdleTime implements IdleTimeReader {

    /** Longer than this is not an idle time but a broken answer. */
    static final Duration LONGEST = Duration.ofDays(365);

    private static final String CALL = "CGEventSourceSecondsSinceLastEventType";

    private final DoubleSupplier secondsSinceLastInput;

    MacIdleTime(DoubleSupplier secondsSinceLastInput) {
        this.secondsSinceLastInput = secondsSinceLastInput;
    }

    /**
     * Loads the CoreGraphics framework and calls its function once.
     *
     * @throws ActivitySourceUnavailableException where the framework or its function is missing (not macOS)
     */
    public static IdleTimeReader open() throws ActivitySourceUnavailableException {
        return open(() -> Native.load(CoreGraphicsEventSource.LIBRARY, CoreGraphicsEventSource.class));
    }

    static IdleTimeReader open(Supplier<CoreGraphicsEventSource> loader) throws ActivitySourceUnavailableException {
        try {
            CoreGraphicsEventSource events = loader.get();
            DoubleSupplier seconds = () -> events.CGEventSourceSecondsSinceLastEventType(
                    CoreGraphicsEventSource.HID_SYSTEM_STATE, CoreGraphicsEventSource.ANY_INPUT_EVENT_TYPE);
            var unused = seconds.getAsDouble(); // JNA looks a function up only at its first call
            return new MacIdleTime(seconds);
        } catch (LinkageError e) {
            throw new ActivitySourceUnavailableException("CoreGraphics' " + CALL + " is not on this system");
        }
    }

    @Override
    public long idleMillis() throws IdleTimeUnreadableException {
        double seconds = secondsSinceLastInput.getAsDouble();
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            throw new IdleTimeUnreadableException(CALL + " answered " + seconds + ", not a number of seconds");
        }
        if (seconds < 0) {
            throw new IdleTimeUnreadableException(CALL + " answered " + seconds + " seconds: a last input after now");
        }
        if (seconds > LONGEST.toSeconds()) {
            throw new IdleTimeUnreadableException(
                    CALL + " answered " + seconds + " seconds: more than " + LONGEST.toDays() + " days");
        }
        return (long) (seconds * 1000);
    }

    @Override
    public String description() {
        return "macOS' time since the last input (" + CALL + ")";
    }
}
