package org.unhunch.presence.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unhunch.presence.PresenceSource.Unavailable;

class SessionLockFlagsTest {

    private static final String WINDOWS_7 = "6.1";

    @ParameterizedTest
    @ValueSource(strings = {"10.0", "6.3", "6.2", "11.0", ""})
    void lock_is_locked_and_unlock_is_not_outside_windows_7(String osVersion) throws Unavailable {
        assertThat(SessionLockFlags.locked(SessionLockFlags.LOCK, osVersion)).isTrue();
        assertThat(SessionLockFlags.locked(SessionLockFlags.UNLOCK, osVersion)).isFalse();
    }

    @Test
    void windows_7_and_server_2008_r2_say_the_two_flags_the_other_way_round() throws Unavailable {
        assertThat(SessionLockFlags.locked(SessionLockFlags.LOCK, WINDOWS_7)).as("LOCK on 6.1").isFalse();
        assertThat(SessionLockFlags.locked(SessionLockFlags.UNLOCK, WINDOWS_7)).as("UNLOCK on 6.1").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0", WINDOWS_7})
    void an_unknown_state_is_not_locked(String osVersion) throws Unavailable {
        assertThat(SessionLockFlags.locked(SessionLockFlags.UNKNOWN, osVersion)).isFalse();
    }

    @Test
    void flags_windows_does_not_define_make_the_read_fail_naming_them() {
        assertThatThrownBy(() -> SessionLockFlags.locked(5, "10.0"))
                .isInstanceOf(Unavailable.class).hasMessageContaining("5");
    }

    @Test
    void the_flags_are_read_at_offset_16_of_a_level_1_wtsinfoex() throws Unavailable {
        ByteBuffer info = wtsInfoEx(1, SessionLockFlags.UNLOCK);

        assertThat(SessionLockFlags.sessionFlags(info.capacity(), info::getInt)).isEqualTo(SessionLockFlags.UNLOCK);
        assertThat(SessionLockFlags.sessionFlags(info.capacity(), wtsInfoEx(1, SessionLockFlags.LOCK)::getInt))
                .isEqualTo(SessionLockFlags.LOCK);
    }

    @Test
    void another_level_or_a_short_buffer_makes_the_read_fail() {
        ByteBuffer levelTwo = wtsInfoEx(2, SessionLockFlags.LOCK);
        assertThatThrownBy(() -> SessionLockFlags.sessionFlags(levelTwo.capacity(), levelTwo::getInt))
                .isInstanceOf(Unavailable.class).hasMessageContaining("level 2");

        ByteBuffer levelOne = wtsInfoEx(1, SessionLockFlags.LOCK);
        assertThatThrownBy(() -> SessionLockFlags.sessionFlags(19, levelOne::getInt))
                .isInstanceOf(Unavailable.class).hasMessageContaining("19 bytes");
    }

    /** WTSINFOEXW as Windows lays it out, names left empty: Level, then the 8-aligned union. */
    private static ByteBuffer wtsInfoEx(int level, int sessionFlags) {
        ByteBuffer buffer = ByteBuffer.allocate(216).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(0, level);
        buffer.putInt(8, 3);
        buffer.putInt(12, 0);
        buffer.putInt(16, sessionFlags);
        return buffer;
    }
}
