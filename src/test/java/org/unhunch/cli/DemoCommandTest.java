package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code demo} refuses before it looks for a display. (The demonstration itself is in DemoIT.) */
class DemoCommandTest {

    @Test
    void a_time_scale_out_of_range_is_refused_with_status_2() {
        CliRun slow = CliRun.of("demo", "--time-scale", "0");
        CliRun fast = CliRun.of("demo", "--time-scale", "10001");

        assertThat(slow.status()).isEqualTo(2);
        assertThat(slow.err()).contains("unhunch demo: --time-scale 0 is out of range; allowed 1 to 10000");
        assertThat(fast.status()).isEqualTo(2);
        assertThat(fast.err()).contains("unhunch demo: --time-scale 10001 is out of range; allowed 1 to 10000");
    }
}
