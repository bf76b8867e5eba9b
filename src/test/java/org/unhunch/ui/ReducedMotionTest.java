package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReducedMotionTest {

    @Test
    void gnomes_animations_switched_off_ask_for_less_motion() {
        assertThat(ReducedMotion.asked(null, () -> Optional.of("false"))).isTrue();
        assertThat(ReducedMotion.asked(null, () -> Optional.of("true"))).isFalse();
        assertThat(ReducedMotion.asked(null, () -> Optional.empty())).as("no GNOME: full motion").isFalse();
    }

    @Test
    void the_system_property_decides_where_it_is_given_either_way() {
        assertThat(ReducedMotion.asked("true", () -> Optional.of("true"))).isTrue();
        assertThat(ReducedMotion.asked("false", () -> Optional.of("false"))).isFalse();
        assertThat(ReducedMotion.asked("true", () -> {
            throw new AssertionError("gsettings asked although the property decides");
        })).isTrue();
    }
}
