package org.unhunch.presence.macos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The one entry read from the session's dictionary and from the power assertions' status. */
class DictionaryEntriesTest {

    @Test
    void the_screen_is_locked_when_the_session_says_so_and_not_when_the_entry_is_absent() {
        assertThat(ScreenLockedEntry.locked(values(Map.of("CGSSessionScreenIsLocked", true,
                "kCGSSessionOnConsoleKey", true)))).isTrue();
        assertThat(ScreenLockedEntry.locked(values(Map.of("CGSSessionScreenIsLocked", false)))).isFalse();
        assertThat(ScreenLockedEntry.locked(values(Map.of("kCGSSessionOnConsoleKey", true)))).isFalse();
    }

    @Test
    void a_locked_entry_of_another_type_is_not_locked() {
        assertThat(ScreenLockedEntry.locked(values(Map.of("CGSSessionScreenIsLocked", 1L)))).isFalse();
    }

    @Test
    void the_display_is_held_awake_while_some_process_holds_the_assertion() {
        assertThat(DisplaySleepAssertion.held(values(Map.of("PreventUserIdleDisplaySleep", 1L)))).isTrue();
        assertThat(DisplaySleepAssertion.held(values(Map.of("PreventUserIdleDisplaySleep", 3L)))).isTrue();
    }

    @Test
    void no_display_assertion_is_no_player_though_the_system_is_kept_awake() {
        assertThat(DisplaySleepAssertion.held(values(Map.of("PreventUserIdleDisplaySleep", 0L,
                "PreventUserIdleSystemSleep", 1L, "PreventSystemSleep", 1L)))).isFalse();
        assertThat(DisplaySleepAssertion.held(values(Map.of()))).isFalse();
        assertThat(DisplaySleepAssertion.held(values(Map.of("PreventUserIdleDisplaySleep", true)))).isFalse();
    }

    /** A dictionary whose Booleans are CFBooleans and whose Longs are CFNumbers. */
    private static CfValues values(Map<String, Object> entries) {
        return new CfValues() {
            @Override
            public Optional<Boolean> bool(String key) {
                return entries.get(key) instanceof Boolean value ? Optional.of(value) : Optional.empty();
            }

            @Override
            public OptionalLong number(String key) {
                return entries.get(key) instanceof Long value ? OptionalLong.of(value) : OptionalLong.empty();
            }
        };
    }
}
