package org.unhunch.presence.windows;

import java.util.Optional;
import org.unhunch.presence.Signal;

/** {@code QUERY_USER_NOTIFICATION_STATE}: what Windows says about showing a notification now. */
enum UserNotificationState {
    NOT_PRESENT(1, null),
    BUSY(2, Signal.PRESENTATION),
    RUNNING_D3D_FULL_SCREEN(3, Signal.PRESENTATION),
    PRESENTATION_MODE(4, Signal.PRESENTATION),
    ACCEPTS_NOTIFICATIONS(5, null),
    QUIET_TIME(6, Signal.DO_NOT_DISTURB),
    APP(7, null);

    private final int value;
    private final Signal busyFor;

    UserNotificationState(int value, Signal busyFor) {
        this.value = value;
        this.busyFor = busyFor;
    }

    static Optional<UserNotificationState> of(int value) {
        for (UserNotificationState state : values()) {
            if (state.value == value) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** Whether the state {@code value} makes the person busy for that kind of signal; an unknown one does not. */
    static boolean busy(int value, Signal signal) {
        return of(value).map(state -> state.busyFor == signal).orElse(false);
    }
}
