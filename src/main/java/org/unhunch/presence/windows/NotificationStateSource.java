package org.unhunch.presence.windows;

import com.sun.jna.Native;
import com.sun.jna.ptr.IntByReference;
import org.unhunch.presence.NativeAskedSource;
import org.unhunch.presence.Signal;

/**
 * Presentation or do-not-disturb (quiet time; whether Focus counts is unchecked), whichever
 * {@code signal} names, from one cheap shell32 call made at each read.
 */
final class NotificationStateSource extends NativeAskedSource<ShellNotificationState> {

    /** @param signal {@link Signal#PRESENTATION} or {@link Signal#DO_NOT_DISTURB} */
    NotificationStateSource(Signal signal) {
        super("the Windows notification state (SHQueryUserNotificationState)", signal,
                () -> Native.load(ShellNotificationState.LIBRARY, ShellNotificationState.class));
    }

    @Override
    protected boolean read(ShellNotificationState shell) throws Unavailable {
        IntByReference state = new IntByReference();
        int result = shell.SHQueryUserNotificationState(state);
        if (result != 0) {
            throw new Unavailable(String.format("SHQueryUserNotificationState failed: 0x%08x", result));
        }
        return UserNotificationState.busy(state.getValue(), signal());
    }
}
