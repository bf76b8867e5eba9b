package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where there is no X display to ask; with one, see {@code X11IdleTimeIT}. */
class X11IdleTimeTest {

    @Test
    void without_display_it_is_unavailable_for_want_of_a_display_and_says_so() {
        for (Map<String, String> env : new Map[] {Map.of(), Map.of("DISPLAY", " ")}) {
            assertThatThrownBy(() -> new X11IdleTime(env))
                    .isInstanceOfSatisfying(ActivitySourceUnavailableException.class,
                            e -> assertThat(e.noDisplay()).isTrue())
                    .hasMessage("no X display (DISPLAY is not set)");
        }
    }

    @Test
    void a_32_bit_unsigned_long_past_the_sign_bit_is_a_long_idle_time() throws Exception {
        assertThat(X11IdleTime.unsigned(-1, Integer.BYTES)).isEqualTo(4_294_967_295L);
        assertThat(X11IdleTime.unsigned(1_500, Integer.BYTES)).isEqualTo(1_500);
        assertThat(X11IdleTime.unsigned(1_500, Long.BYTES)).isEqualTo(1_500);
    }

    @Test
    void a_64_bit_unsigned_long_past_the_sign_bit_is_rejected_with_the_value() {
        assertThatThrownBy(() -> X11IdleTime.unsigned(Long.MIN_VALUE, Long.BYTES))
                .isInstanceOf(IdleTimeUnreadableException.class)
                .hasMessage("the X server's idle time is out of range (9223372036854775808 ms)");
    }
}
