package org.unhunch.activity.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unhunch.activity.ActivityKind;
import org.unhunch.activity.ActivityRecorder;
import org.unhunch.activity.ActivitySourceUnavailableException;
import org.unhunch.activity.FakeTicker;
import org.unhunch.activity.IdleTimeReader;
import org.unhunch.activity.IdleTimeSource;
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
    void seconds_since_the_input_become_whole_milliseconds() throws Exception {
        IdleTimeReader reader = MacIdleTime.open(() -> events);
        assertThat(reader.idleMillis()).isZero();

        ticker.advance(Duration.ofMillis(2_500).plusNanos(900_000).toNanos());
        assertThat(reader.idleMillis()).isEqualTo(2_500);

        events.input();
        ticker.advance(Duration.ofMillis(40).toNanos());
        assertThat(reader.idleMillis()).isEqualTo(40);
    }

    @Test
    void a_year_of_idle_time_is_still_read() throws Exception {
        events.answer(MacIdleTime.LONGEST.toSeconds());
        assertThat(MacIdleTime.open(() -> events).idleMillis()).isEqualTo(MacIdleTime.LONGEST.toMillis());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void an_answer_that_is_not_a_number_of_seconds_is_unreadable(double answer) throws Exception {
        IdleTimeReader reader = MacIdleTime.open(() -> events);
        events.answer(answer);
        assertThatThrownBy(reader::idleMillis).isInstanceOf(IdleTimeUnreadableException.class)
                .hasMessage("CGEventSourceSecondsSinceLastEventType answered " + answer + ", not a number of seconds");
    }

    @Test
    void a_negative_answer_is_unreadable() throws Exception {
        IdleTimeReader reader = MacIdleTime.open(() -> events);
        events.answer(-0.25);
        assertThatThrownBy(reader::idleMillis).isInstanceOf(IdleTimeUnreadableException.class)
                .hasMessage("CGEventSourceSecondsSinceLastEventType answered -0.25 seconds: a last input after now");
    }

    @ParameterizedTest
    @ValueSource(doubles = {365 * 86_400 + 1, 1e300, Double.MAX_VALUE})
    void an_answer_over_a_year_is_unreadable(double answer) throws Exception {
        IdleTimeReader reader = MacIdleTime.open(() -> events);
        events.answer(answer);
        assertThatThrownBy(reader::idleMillis).isInstanceOf(IdleTimeUnreadableException.class)
                .hasMessage("CGEventSourceSecondsSinceLastEventType answered " + answer + " seconds: more than 365 days");
    }

    @Test
    void a_broken_answer_is_unreadable_once_and_the_next_good_one_reads_again() throws Exception {
        IdleTimeReader reader = MacIdleTime.open(() -> events);
        events.answer(Double.NaN);
        assertThatThrownBy(reader::idleMillis).isInstanceOf(IdleTimeUnreadableException.class);
        events.answer(1.5);
        assertThat(reader.idleMillis()).isEqualTo(1_500);
    }

    @Test
    void an_input_is_recorded_when_it_came() throws Exception {
        ActivityRecorder recorder = new ActivityRecorder(ticker);
        try (IdleTimeSource source = new IdleTimeSource(MacIdleTime.open(() -> events))) {
            source.start(recorder);
            ticker.advance(Duration.ofSeconds(4).toNanos());
            events.input();
            long inputAt = ticker.read();
            ticker.advance(Duration.ofMillis(1_250).toNanos());

            source.readNow();

            assertThat(recorder.drain().latest(ActivityKind.INPUT)).isEqualTo(inputAt);
        }
    }

    @Test
    void a_missing_framework_or_function_makes_it_unavailable_without_a_linkage_error() {
        assertThatThrownBy(() -> MacIdleTime.open(() -> {
            throw new UnsatisfiedLinkError("Unable to load library 'CoreGraphics'");
        })).isInstanceOf(ActivitySourceUnavailableException.class)
                .hasMessage("CoreGraphics' CGEventSourceSecondsSinceLastEventType is not on this system");

        assertThatThrownBy(() -> MacIdleTime.open(() -> (state, type) -> {
            throw new UnsatisfiedLinkError("Error looking up function 'CGEventSourceSecondsSinceLastEventType'");
        })).isInstanceOf(ActivitySourceUnavailableException.class);
    }

    @Test
    @DisabledOnOs(OS.MAC)
    void elsewhere_than_macos_it_is_unavailable() {
        assertThatThrownBy(MacIdleTime::open).isInstanceOf(ActivitySourceUnavailableException.class);
    }
}
