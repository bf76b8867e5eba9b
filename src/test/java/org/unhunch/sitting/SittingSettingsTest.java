package org.unhunch.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SittingSettingsTest {

    private static SittingSettings settings(Duration sitLimit, Duration breakGap, Duration promptPause,
                                            Duration engagedLimit) {
        return new SittingSettings(sitLimit, breakGap, promptPause, Duration.ofSeconds(60), Duration.ofMinutes(2),
                Duration.ofMinutes(10), engagedLimit);
    }

    @Test
    void a_prompt_pause_not_shorter_than_the_break_gap_is_refused() {
        assertThatThrownBy(() -> settings(Duration.ofMinutes(45), Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofHours(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("promptPause");
    }

    @Test
    void an_engaged_limit_shorter_than_the_break_gap_is_refused_and_an_equal_one_is_not() {
        assertThatThrownBy(() -> settings(Duration.ofMinutes(45), Duration.ofMinutes(20), Duration.ofSeconds(3),
                Duration.ofMinutes(19)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("engagedLimit PT19M must not be shorter than breakGap PT20M");
        assertThat(settings(Duration.ofMinutes(45), Duration.ofMinutes(20), Duration.ofSeconds(3),
                Duration.ofMinutes(20)).engagedLimit()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void zero_or_negative_limits_are_refused() {
        assertThatThrownBy(() -> settings(Duration.ZERO, Duration.ofMinutes(5), Duration.ofSeconds(3),
                Duration.ofHours(2)))
                .hasMessageContaining("sitLimit");
        assertThatThrownBy(() -> settings(Duration.ofMinutes(45), Duration.ofMinutes(5), Duration.ofSeconds(-1),
                Duration.ofHours(2)))
                .hasMessageContaining("promptPause");
        assertThatThrownBy(() -> settings(Duration.ofMinutes(45), Duration.ofMinutes(5), Duration.ofSeconds(3),
                Duration.ZERO))
                .hasMessageContaining("engagedLimit");
    }
}
