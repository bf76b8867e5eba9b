package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FadeInTest {

    @Test
    void the_card_goes_from_transparent_to_opaque_easing_out_and_stays_opaque() {
        assertThat(FadeIn.opacityAt(0)).isZero();
        assertThat(FadeIn.opacityAt(FadeIn.MILLIS)).isEqualTo(1f);
        assertThat(FadeIn.opacityAt(FadeIn.MILLIS * 10L)).isEqualTo(1f);
        assertThat(FadeIn.opacityAt(FadeIn.MILLIS / 2)).as("more than half way at half the time").isGreaterThan(0.5f);
        float before = -1;
        for (long ms = 0; ms <= FadeIn.MILLIS; ms += 10) {
            assertThat(FadeIn.opacityAt(ms)).isGreaterThanOrEqualTo(before);
            before = FadeIn.opacityAt(ms);
        }
    }
}
