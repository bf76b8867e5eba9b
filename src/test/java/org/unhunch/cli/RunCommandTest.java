package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What {@code run} refuses before it touches the desktop or the data folder. (Runs that start the
 * agent are in the packaged-jar and desktop tests, in their own processes and data folders.)
 */
class RunCommandTest {

    @Test
    void a_bad_setting_is_refused_with_status_2() {
        CliRun run = CliRun.of("run", "--headless", "--set", "sit.limit=1m");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unhunch run: bad --set sit.limit=1m: out of range; allowed 10m–3h");
    }

    @Test
    void an_engaged_limit_shorter_than_the_break_gap_is_refused_with_status_2() {
        CliRun run = CliRun.of("run", "--headless", "--set", "break.gap=20m", "--set", "engaged.limit=15m");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(
                "unhunch run: bad --set engaged.limit=15m: must not be shorter than break.gap (20m)");
    }

    @Test
    void a_time_scale_out_of_range_is_refused_with_status_2() {
        CliRun run = CliRun.of("run", "--headless", "--time-scale", "0");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unhunch run: --time-scale 0 is out of range; allowed 1 to 10000");
        CliRun fast = CliRun.of("run", "--headless", "--time-scale", "10001");
        assertThat(fast.status()).isEqualTo(2);
        assertThat(fast.err()).contains("unhunch run: --time-scale 10001 is out of range; allowed 1 to 10000");
    }

    @Test
    void help_documents_the_answers_and_the_time_scale() {
        CliRun run = CliRun.of("run", "--help");
        assertThat(run.out()).contains("--headless", "--time-scale=N", "skip, snooze", "sit.limit", "engaged.limit",
                "for demonstrations and tests");
    }
}
