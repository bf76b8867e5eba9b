package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountCheckTest {

    private static final long MS = 1_000_000;

    private final CountCheck check = new CountCheck();

    @Test
    void a_count_that_grows_by_the_time_between_two_readings_is_proven() {
        assertThat(check.read(0, 5_000 * MS, MS)).isFalse();
        assertThat(check.read(250 * MS, 5_250 * MS, MS)).isTrue();
        assertThat(check.proven()).isTrue();
        assertThat(check.read(500 * MS, 5_500 * MS, MS)).as("proven once").isFalse();
    }

    @Test
    void a_count_stuck_at_zero_is_never_proven() {
        for (long at = 0; at < 1_000; at++) {
            check.read(at * 250 * MS, 0, MS);
        }
        assertThat(check.proven()).isFalse();
        assertThat(check.readings()).isEqualTo(1_000);
    }

    @Test
    void a_count_in_seconds_read_as_milliseconds_is_never_proven_whatever_the_gap_between_readings() {
        long[] gaps = {250, 2_000, 30_000, 600_000, 3_600_000};
        long at = 0;
        for (int round = 0; round < 20; round++) {
            for (long gap : gaps) {
                at += gap * MS;
                check.read(at, at / 1000, MS);
            }
        }
        assertThat(check.proven()).isFalse();
    }

    @Test
    void growth_short_of_the_time_that_passed_is_input_between_and_proves_nothing() {
        check.read(0, 10_000 * MS, MS);
        assertThat(check.read(2_000 * MS, 1_500 * MS, MS)).as("input 1.5 s ago, after the first reading").isFalse();
        assertThat(check.read(4_000 * MS, 3_200 * MS, MS)).as("grew 1.7 s in 2 s: input between").isFalse();
    }

    @Test
    void a_slow_reading_widens_what_counts_as_the_same_time() {
        check.read(0, 0, 800 * MS);
        assertThat(check.read(2_000 * MS, 1_200 * MS, MS)).as("the first reading took 0.8 s: its count may be"
                + " 0.8 s late").isTrue();
    }

    @Test
    void growth_below_the_proof_is_not_enough_even_when_it_matches() {
        check.read(0, 0, 0);
        assertThat(check.read(150 * MS, 150 * MS, 0)).isFalse();
        assertThat(check.read(400 * MS, 400 * MS, 0)).isTrue();
    }
}
