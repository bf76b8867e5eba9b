package org.unhunch.activity.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unhunch.activity.ActivitySourceUnavailableException;
import org.unhunch.activity.FakeTicker;
import org.unhunch.activity.IdleTimeReaderChecks;
import org.unhunch.activity.IdleTimeUnreadableException;

class WindowsIdleTimeTest {

    private static final long TICKS_WRAP = 1L << 32;

    private final FakeTicker ticker = new FakeTicker(7_000_000_000L);

    @ParameterizedTest
    @ValueSource(longs = {0, 1_000, (1L << 31) - 1_000, TICKS_WRAP - 1_000, TICKS_WRAP, 5 * TICKS_WRAP + 123})
    void the_idle_time_is_what_passed_since_the_input_wherever_the_tick_count_was(long tickAtInput)
            throws Exception {
        FakeInputTicks ticks = new FakeInputTicks(ticker, tickAtInput);
        IdleTimeReaderChecks.assertIdleTimeCountsFromTheLatestInput(new WindowsIdleTime(ticks), ticker, ticks::input);
    }

    @Test
    void an_idle_time_beyond_a_signed_32_bit_count_is_still_counted_forward() throws Exception {
        FakeInputTicks ticks = new FakeInputTicks(ticker, TICKS_WRAP - 60_000);
        ticker.advance(Duration.ofDays(30).toNanos());
        assertThat(new WindowsIdleTime(ticks).idleMillis()).isEqualTo(Duration.ofDays(30).toMillis());
    }

    @Test
    void a_failed_call_is_unreadable_and_the_next_good_one_reads_again() throws Exception {
        FakeInputTicks ticks = new FakeInputTicks(ticker, 10_000);
        WindowsIdleTime reader = new WindowsIdleTime(ticks);
        ticks.failing(true);
        assertThatThrownBy(reader::idleMillis).isInstanceOf(IdleTimeUnreadableException.class)
                .hasMessage("GetLastInputInfo failed");

        ticks.failing(false);
        ticker.advance(Duration.ofSeconds(3).toNanos());
        assertThat(reader.idleMillis()).isEqualTo(3_000);
    }

    @Test
    void an_input_stamped_a_little_ahead_of_the_tick_count_is_input_now_not_49_days_ago() throws Exception {
        FakeInputTicks ticks = new FakeInputTicks(ticker, TICKS_WRAP - 500);
        WindowsIdleTime reader = new WindowsIdleTime(ticks);
        ticks.inputAhead(1_000);
        assertThat(reader.idleMillis()).isZero();

        ticks.inputAhead(WindowsIdleTime.AHEAD_MILLIS + 1);
        assertThat(reader.idleMillis()).as("beyond a minute ahead: the unsigned count, as across the wrap")
                .isEqualTo(Integer.toUnsignedLong(-(WindowsIdleTime.AHEAD_MILLIS + 1)));
    }

    @Test
    void an_input_across_the_wrap_is_recorded_when_it_came() throws Exception {
        FakeInputTicks ticks = new FakeInputTicks(ticker, TICKS_WRAP - 1_000);
        IdleTimeReaderChecks.assertInputRecordedWhenItCame(new WindowsIdleTime(ticks), ticker, ticks::input);
    }

    @Test
    void a_missing_library_makes_it_unavailable_without_a_linkage_error() {
        assertThatThrownBy(() -> WindowsIdleTime.open(IdleTimeReaderChecks.missingLibrary()))
                .isInstanceOf(ActivitySourceUnavailableException.class)
                .hasMessage("user32's GetLastInputInfo or kernel32's GetTickCount64 is not on this system");
    }

    @Test
    void a_missing_function_makes_it_unavailable_at_the_open() {
        FakeInputTicks ticks = new FakeInputTicks(ticker, 0);
        ticks.functionsMissing();
        assertThatThrownBy(() -> WindowsIdleTime.open(() -> ticks))
                .isInstanceOf(ActivitySourceUnavailableException.class);
    }

    @Test
    void opening_reads_through_what_it_loaded() throws Exception {
        FakeInputTicks ticks = new FakeInputTicks(ticker, 500);
        ticker.advance(Duration.ofSeconds(9).toNanos());
        assertThat(WindowsIdleTime.open(() -> ticks).idleMillis()).isEqualTo(9_000);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void elsewhere_than_windows_it_is_unavailable() {
        assertThatThrownBy(WindowsIdleTime::open).isInstanceOf(ActivitySourceUnavailableException.class);
    }

    @Test
    void it_says_what_it_reads() {
        assertThat(new WindowsIdleTime(new FakeInputTicks(ticker, 0)).description()).contains("GetLastInputInfo");
    }
}
