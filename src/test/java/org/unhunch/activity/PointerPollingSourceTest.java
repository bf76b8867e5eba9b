package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Point;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The fallback's decisions, driven one poll at a time (no timer, no display). */
class PointerPollingSourceTest {

    private final FakeTicker ticker = new FakeTicker(0);
    private final ActivityRecorder recorder = new ActivityRecorder(ticker);
    private volatile Point where = new Point(200, 200);
    private final PointerPollingSource source = new PointerPollingSource(() -> where, Duration.ofDays(1));

    @Test
    void a_move_of_three_pixels_or_more_between_polls_is_pointer_activity_and_less_is_not() throws Exception {
        source.start(recorder);
        try {
            where = new Point(202, 201);
            ticker.set(100);
            source.poll();
            assertThat(recorder.drain().isEmpty()).isTrue();
            where = new Point(203, 200);
            ticker.set(200);
            source.poll();
            assertThat(recorder.drain().first(ActivityKind.POINTER)).isEqualTo(200);
        } finally {
            source.close();
        }
    }

    @Test
    void it_does_not_see_the_keyboard_and_says_so() {
        assertThat(source.seesKeyboard()).isFalse();
        assertThat(source.description()).contains("key presses are not seen");
    }

    @Test
    void a_display_that_cannot_be_opened_is_no_display() {
        PointerPollingSource nowhere = new PointerPollingSource(() -> {
            throw new java.awt.AWTError("Can't connect to X11 window server using '/tmp/no-x-server:0' as the value of the DISPLAY");
        }, Duration.ofSeconds(1));
        assertThatThrownBy(() -> nowhere.start(recorder)).isInstanceOfSatisfying(
                ActivitySourceUnavailableException.class, e -> assertThat(e.noDisplay()).isTrue());
    }

    @Test
    void a_pointer_that_cannot_be_read_makes_the_source_unavailable() {
        PointerPollingSource blind = new PointerPollingSource(() -> null, Duration.ofSeconds(1));
        assertThatThrownBy(() -> blind.start(recorder)).isInstanceOf(ActivitySourceUnavailableException.class);
    }
}
