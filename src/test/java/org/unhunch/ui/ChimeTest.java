package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChimeTest {

    private static short sample(byte[] pcm, int index) {
        return (short) ((pcm[2 * index] & 0xff) | (pcm[2 * index + 1] << 8));
    }

    @Test
    void the_tone_is_quiet_and_fades_in_and_out_so_it_never_clicks() {
        byte[] pcm = Chime.tone();
        int samples = pcm.length / 2;
        assertThat(samples).isEqualTo((int) (Chime.SAMPLE_RATE * Chime.SECONDS));
        int peak = 0;
        for (int i = 0; i < samples; i++) {
            peak = Math.max(peak, Math.abs(sample(pcm, i)));
        }
        assertThat(peak).as("loud enough to hear, at most the set volume")
                .isBetween((int) (0.9 * Chime.VOLUME * Short.MAX_VALUE), (int) Math.ceil(Chime.VOLUME * Short.MAX_VALUE));
        for (int i = 0; i < 20; i++) {
            assertThat(Math.abs(sample(pcm, i))).as("start, sample %d", i).isLessThan(peak / 50 + 1);
            assertThat(Math.abs(sample(pcm, samples - 1 - i))).as("end, sample %d", i).isLessThan(peak / 50 + 1);
        }
    }
}
