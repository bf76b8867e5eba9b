package org.unhunch.activity.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unhunch.activity.ActivitySourceUnavailableException;
import org.unhunch.activity.FakeTicker;
import org.unhunch.activity.IdleTimeReaderChecks;
import org.unhunch.activity.IdleTimeReader;
import org.unhunch.activity.IdleTimeUnreadableException;

class MacIdleTimeTest {

    private final FakeTicker ticker = new FakeTicker(3_000_000_000L);
    private final FakeEventSource events = new FakeEventSource(ticker);

    @Test
    void it_asks_the_hid_system_state_for_any_input_type() throws Exception {
        MacIdleTime.open(() -> events).idleMillis();
        assertThat(events.askedState).isEqualTo(1);
        assertThat(Integer.toUnsignedLong(events.askedType)).isEqualTo(0xFFFF_FFFFL);
    }

    @Test
    void the_idle_time_counts_from_the_latest_input() throws Exception {
        IdleTimeReaderChecks.assertIdleTimeCountsFromTheLatestInput(MacIdleTime.open(() -> events), ticker,
                events::input);
    }

    @Test
    void seconds_become_whole_milliseconds_cut_down() throws Exception {
        ticker.advance(Duration.ofMillis(2_500).plusNanos(900_000).toNanos());
        assertThat(MacIdleTime.open(() -> events).idleMillis()).isEqualTo(2_500);
    }

    @Test
    void a_year_of_idle_time_is_still_read() throws Exception {
        events.answer(MacIdleTime.LONGEST.toSeconds());
        assertThat(MacIdleTime.open(() -> events).idleMillis()).isEqualTo(MacIdleTime.LONGEST.toMillis());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NaN        | answered NaN, not a number of seconds
            Infinity   | answered Infinity, not a number of seconds
            -Infinity  | answered -Infinity, not a number of seconds
            -0.25      | answered -0.25 seconds: a last input after now
            31536000.5 | answered 3.15360005E7 seconds: more than 365 days
            1e300      | answered 1.0E300 seconds: more than 365 days
            """)
    void a_broken_answer_is_unreadable_and_says_why(double answer, String reason) throws Exception {
        IdleTimeReader reader = MacIdleTime.open(() -> events);
        events.answer(answer);
        assertThatThrownBy(reader::idleMillis).isInstanceOf(IdleTimeUnreadableException.class)
                .hasMessage("CGEventSourceSecondsSinceLastEventType " + reason);
    }

    @Test
    void a_broken_answer_does_not_stop_the_next_reading() throws Exception {
        IdleTimeReader reader = MacIdleTime.open(() -> events);
        events.answer(Double.NaN);
        assertThatThrownBy(reader::idleMillis).isInstanceOf(IdleTimeUnreadableException.class);
        events.answer(1.5);
        assertThat(reader.idleMillis()).isEqualTo(1_500);
    }

    @Test
    void an_input_is_recorded_when_it_came() throws Exception {
        IdleTimeReaderChecks.assertInputRecordedWhenItCame(MacIdleTime.open(() -> events), ticker, events::input);
    }

    @Test
    void a_missing_framework_makes_it_unavailable_without_a_linkage_error() {
        assertThatThrownBy(() -> MacIdleTime.open(IdleTimeReaderChecks.missingLibrary()))
                .isInstanceOf(ActivitySourceUnavailableException.class)
                .hasMessage("CoreGraphics' CGEventSourceSecondsSinceLastEventType is not on this system");
    }

    @Test
    void a_missing_function_makes_it_unavailable_at_the_open() {
        CoreGraphicsEventSource withoutTheFunction = (state, type) -> {
            throw new UnsatisfiedLinkError("Error looking up function");
        };
        assertThatThrownBy(() -> MacIdleTime.open(() -> withoutTheFunction))
                .isInstanceOf(ActivitySourceUnavailableException.class);
    }

    @Test
    @DisabledOnOs(OS.MAC)
    void elsewhere_than_macos_it_is_unavailable() {
        assertThatThrownBy(MacIdleTime::open).isInstanceOf(ActivitySourceUnavailableException.class);
    }
}
