package org.unhunch.activity.windows;

import java.util.function.Supplier;
import org.unhunch.activity.ActivitySourceUnavailableException;
import org.unhunch.activity.IdleTimeReader;
import org.unhunch.activity.IdleTimeUnreadableException;

/**
 * Windows' own time of the last input to this session ({@code GetLastInputInfo}, Windows 2000 and
 * later), against the tick count now ({@code GetTickCount64}, Vista and later). No hook and no
 * permission. Never run on Windows yet (docs/platforms.md).
 */
public final class WindowsIdleTime implements IdleTimeReader {

    static final int AHEAD_MILLIS = 60_000;

    private final InputTicks ticks;

    WindowsIdleTime(InputTicks ticks) {
        this.ticks = ticks;
    }

    /**
     * Loads user32 and kernel32 and calls each function once.
     *
     * @throws ActivitySourceUnavailableException where either library or function is missing (not Windows)
     */
    public static IdleTimeReader open() throws ActivitySourceUnavailableException {
        return open(Win32InputTicks::new);
    }

    static IdleTimeReader open(Supplier<InputTicks> loader) throws ActivitySourceUnavailableException {
        try {
            InputTicks ticks = loader.get();
            // JNA looks a function up only at its first call
            var unusedLastInput = ticks.lastInputTick();
            var unusedNow = ticks.tickCount();
            return new WindowsIdleTime(ticks);
        } catch (LinkageError e) {
            throw new ActivitySourceUnavailableException(
                    "user32's GetLastInputInfo or kernel32's GetTickCount64 is not on this system");
        }
    }

    /**
     * The 32-bit tick count's unsigned difference, right across its wrap, as long as the last input
     * came less than 49.7 days ago. The last input is read before the tick count, so it is never
     * later, unless its time was stamped by whoever sent it (SendInput with a time of its own): an
     * input up to {@link #AHEAD_MILLIS} ahead is input now, not one 49.7 days ago.
     */
    @Override
    public long idleMillis() throws IdleTimeUnreadableException {
        int lastInput = ticks.lastInputTick()
                .orElseThrow(() -> new IdleTimeUnreadableException("GetLastInputInfo failed"));
        int now = (int) ticks.tickCount();
        int since = now - lastInput;
        if (since < 0 && since >= -AHEAD_MILLIS) {
            return 0;
        }
        return Integer.toUnsignedLong(since);
    }

    @Override
    public String description() {
        return "Windows' time of the last input (GetLastInputInfo)";
    }
}
