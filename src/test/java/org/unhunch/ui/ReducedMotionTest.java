package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReducedMotionTest {

    private static final Supplier<Optional<String>> NOT_TO_BE_ASKED = () -> {
        throw new AssertionError("gsettings asked although the property or the setting decides");
    };

    @Test
    void as_the_system_asks_gnomes_animations_switched_off_ask_for_less_motion() {
        assertThat(ReducedMotion.asked(null, "system", () -> Optional.of("false"))).isTrue();
        assertThat(ReducedMotion.asked(null, "system", () -> Optional.of("true"))).isFalse();
        assertThat(ReducedMotion.asked(null, "system", Optional::empty)).as("no GNOME: full motion").isFalse();
    }

    @Test
    void the_setting_full_or_reduced_decides_without_asking_the_system() {
        assertThat(ReducedMotion.asked(null, "reduced", NOT_TO_BE_ASKED)).isTrue();
        assertThat(ReducedMotion.asked(null, "full", NOT_TO_BE_ASKED)).isFalse();
        assertThat(ReducedMotion.asked(null, "Reduced", NOT_TO_BE_ASKED)).as("as the store keeps choices").isTrue();
    }

    @Test
    void the_system_property_decides_for_one_run_over_the_setting_and_the_system() {
        assertThat(ReducedMotion.asked("true", "full", () -> Optional.of("true"))).isTrue();
        assertThat(ReducedMotion.asked("false", "reduced", () -> Optional.of("false"))).isFalse();
        assertThat(ReducedMotion.asked("true", "system", NOT_TO_BE_ASKED)).isTrue();
    }
}
