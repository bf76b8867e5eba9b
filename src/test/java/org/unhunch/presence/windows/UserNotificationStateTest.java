package org.unhunch.presence.windows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unhunch.presence.Signal;

class UserNotificationStateTest {

    @ParameterizedTest(name = "state {0}: presenting {1}, do-not-disturb {2}")
    @CsvSource({
        "1, false, false", // QUNS_NOT_PRESENT
        "2, true, false", // QUNS_BUSY
        "3, true, false", // QUNS_RUNNING_D3D_FULL_SCREEN
        "4, true, false", // QUNS_PRESENTATION_MODE
        "5, false, false", // QUNS_ACCEPTS_NOTIFICATIONS
        "6, false, true", // QUNS_QUIET_TIME
        "7, false, false", // QUNS_APP
        "0, false, false", // not defined
        "8, false, false",
        "-1, false, false",
    })
    void each_state_makes_the_person_busy_for_its_own_kind_alone(int state, boolean presenting, boolean quiet) {
        assertThat(UserNotificationState.busy(state, Signal.PRESENTATION)).as("presenting").isEqualTo(presenting);
        assertThat(UserNotificationState.busy(state, Signal.DO_NOT_DISTURB)).as("do-not-disturb").isEqualTo(quiet);
        assertThat(UserNotificationState.busy(state, Signal.CALL)).as("a call").isFalse();
    }
}
