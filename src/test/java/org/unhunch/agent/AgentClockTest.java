package org.unhunch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import java.util.OptionalLong;
import org.unhunch.activity.ActivityRecorder;
import org.unhunch.activity.FakeTicker;
import org.unhunch.testing.MutableClock;

class AgentClockTest {

    private static final long SECOND = 1_000_000_000L;

    private final FakeTicker ticker = new FakeTicker(777 * SECOND);
    private final MutableClock wall = new MutableClock(Instant.parse("2026-03-29T00:30:00Z"));
    private final AgentClock clock = new AgentClock(ticker, wall, 1);

    private void pass(long monotonicSeconds, Duration wallTime) {
        ticker.advance(monotonicSeconds * SECOND);
        wall.advance(wallTime);
    }

    @Test
    void agent_time_starts_at_zero_and_follows_the_monotonic_ticker() {
        pass(90, Duration.ofSeconds(90));
        ClockWindow window = clock.advance();
        assertThat(window.fromAgent()).isZero();
        assertThat(window.toAgent()).isEqualTo(90 * SECOND);
        assertThat(window.suspended()).isFalse();
        assertThat(clock.now()).isEqualTo(90 * SECOND);
    }

    @Test
    void the_wall_clock_set_back_an_hour_erases_no_time() {
        pass(60, Duration.ofSeconds(60).minusHours(1));
        assertThat(clock.advance().toAgent()).isEqualTo(60 * SECOND);
    }

    @Test
    void a_small_wall_clock_step_forward_adds_no_time() {
        pass(60, Duration.ofSeconds(64));
        assertThat(clock.advance().toAgent()).isEqualTo(60 * SECOND);
    }

    @Test
    void the_wall_running_far_ahead_of_the_ticker_is_sleep_and_counts_as_elapsed() {
        pass(30, Duration.ofHours(2));
        ClockWindow window = clock.advance();
        assertThat(window.suspended()).isTrue();
        assertThat(window.toAgent()).isEqualTo(Duration.ofHours(2).toNanos());
    }

    @Test
    void in_a_window_with_sleep_a_reading_is_placed_by_its_wall_time_and_one_without_after_the_sleep() {
        long start = ticker.read();
        long wallAtStart = wall.millis();
        pass(30, Duration.ofHours(2));
        ClockWindow window = clock.advance();
        long twoHours = Duration.ofHours(2).toNanos();
        assertThat(window.agentTime(start + 5 * SECOND, wallAtStart + 5_000))
                .as("read 5 s into the window, before the sleep").isEqualTo(5 * SECOND);
        assertThat(window.agentTime(start + 6 * SECOND, wallAtStart + Duration.ofHours(2).minusSeconds(24).toMillis()))
                .as("read after waking").isEqualTo(twoHours - 24 * SECOND);
        assertThat(window.agentTime(start + 25 * SECOND, ActivityRecorder.NONE))
                .as("no wall time: after the sleep").isEqualTo(twoHours - 5 * SECOND);
    }

    @Test
    void with_a_boot_clock_sleep_is_measured_and_a_wall_clock_step_forward_is_not_sleep() {
        long[] boot = {0};
        AgentClock measured = new AgentClock(ticker, wall, () -> OptionalLong.of(boot[0]), 1);
        pass(60, Duration.ofHours(1).plusSeconds(60));
        boot[0] += 60 * SECOND;
        ClockWindow stepped = measured.advance();
        assertThat(stepped.suspended()).isFalse();
        assertThat(stepped.toAgent()).isEqualTo(60 * SECOND);

        pass(10, Duration.ofSeconds(10));
        boot[0] += Duration.ofMinutes(30).plusSeconds(10).toNanos();
        ClockWindow slept = measured.advance();
        assertThat(slept.suspended()).isTrue();
        assertThat(slept.toAgent() - slept.fromAgent()).isEqualTo(Duration.ofMinutes(30).plusSeconds(10).toNanos());
    }

    @Test
    void this_platforms_boot_clock_counts_forward() {
        BootClock boot = BootClock.forThisPlatform();
        if (boot.read().isPresent()) {
            assertThat(boot.read().getAsLong()).isPositive();
        }
    }

    @Test
    void readings_outside_the_window_are_clamped_into_it() {
        long start = ticker.read();
        pass(10, Duration.ofSeconds(10));
        ClockWindow window = clock.advance();
        assertThat(window.agentTime(start - SECOND, ActivityRecorder.NONE)).isZero();
        assertThat(window.agentTime(start + 11 * SECOND, ActivityRecorder.NONE)).isEqualTo(10 * SECOND);
    }

    @Test
    void a_time_scale_runs_agent_time_faster_and_shortens_sleeps_by_the_same_factor() {
        AgentClock fast = new AgentClock(ticker, wall, 60);
        pass(10, Duration.ofSeconds(10));
        assertThat(fast.advance().toAgent()).isEqualTo(600 * SECOND);
        assertThat(fast.tickerNanosUntil(600 * SECOND + 300 * SECOND)).isEqualTo(5 * SECOND);
        assertThat(fast.tickerNanosUntil(0)).as("a deadline already passed").isZero();
    }
}
