package org.unhunch.sitting;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SittingSettingsTest {

    @Test
    void a_prompt_pause_not_shorter_than_the_break_gap_is_refused() {
        assertThatThrownBy(() -> new SittingSettings(Duration.ofMinutes(45), Duration.ofSeconds(30),
                Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMinutes(2), Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("promptPause");
    }

    @Test
    void zero_or_negative_limits_are_refused() {
        assertThatThrownBy(() -> new SittingSettings(Duration.ZERO, Duration.ofMinutes(5),
                Duration.ofSeconds(3), Duration.ofSeconds(60), Duration.ofMinutes(2), Duration.ofMinutes(10)))
                .hasMessageContaining("sitLimit");
        assertThatThrownBy(() -> new SittingSettings(Duration.ofMinutes(45), Duration.ofMinutes(5),
                Duration.ofSeconds(-1), Duration.ofSeconds(60), Duration.ofMinutes(2), Duration.ofMinutes(10)))
                .hasMessageContaining("promptPause");
    }
}
