package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FullScreenCheckTest {

    private static final long FULL_SCREEN = 301;
    private static final long ABOVE = 302;
    private static final long WINDOW = 0x1200007;
    private static final ScreenArea SCREEN = new ScreenArea(0, 0, 1280, 800);

    private final FakeAnswers answers = new FakeAnswers();
    private final FullScreenCheck check = new FullScreenCheck(FULL_SCREEN);

    @Test
    void an_active_full_screen_window_over_the_cards_screen_holds() {
        answers.active(WINDOW, new ScreenArea(0, 0, 1280, 800), ABOVE, FULL_SCREEN);

        assertThat(check.holds(answers, SCREEN)).isTrue();
    }

    @Test
    void a_window_without_the_full_screen_state_does_not_hold() {
        answers.active(WINDOW, new ScreenArea(0, 0, 1280, 800), ABOVE);

        assertThat(check.holds(answers, SCREEN)).isFalse();
    }

    @Test
    void no_active_window_does_not_hold() {
        assertThat(check.holds(answers, SCREEN)).isFalse();
    }

    @Test
    void a_full_screen_window_on_another_monitor_does_not_hold() {
        answers.active(WINDOW, new ScreenArea(1280, 0, 1920, 1080), FULL_SCREEN);

        assertThat(check.holds(answers, SCREEN)).isFalse();
        assertThat(check.holds(answers, new ScreenArea(1280, 0, 1920, 1080))).isTrue();
    }

    @Test
    void a_full_screen_window_gone_before_its_place_is_read_does_not_hold() {
        answers.active(WINDOW, null, FULL_SCREEN);

        assertThat(check.holds(answers, SCREEN)).isFalse();
    }

    @Test
    void areas_that_only_touch_at_an_edge_do_not_intersect() {
        assertThat(new ScreenArea(0, 0, 100, 100).intersects(new ScreenArea(100, 0, 100, 100))).isFalse();
        assertThat(new ScreenArea(0, 0, 100, 100).intersects(new ScreenArea(0, 100, 100, 100))).isFalse();
        assertThat(new ScreenArea(0, 0, 100, 100).intersects(new ScreenArea(99, 99, 100, 100))).isTrue();
        assertThat(new ScreenArea(-50, -50, 100, 100).intersects(new ScreenArea(0, 0, 10, 10))).isTrue();
    }

    @Test
    void an_empty_area_intersects_nothing() {
        assertThat(new ScreenArea(10, 10, 0, 0).intersects(new ScreenArea(0, 0, 100, 100))).isFalse();
        assertThat(new ScreenArea(0, 0, 100, 100).intersects(new ScreenArea(10, 10, 0, 5))).isFalse();
    }

    @Test
    void areas_far_out_do_not_overflow() {
        ScreenArea far = new ScreenArea(Integer.MAX_VALUE - 10, 0, Integer.MAX_VALUE, 100);

        assertThat(far.intersects(new ScreenArea(0, 0, 100, 100))).isFalse();
        assertThat(far.intersects(new ScreenArea(Integer.MAX_VALUE - 1, 50, 1, 1))).isTrue();
    }

    @Test
    void a_negative_size_is_refused_naming_it() {
        assertThatThrownBy(() -> new ScreenArea(0, 0, -1, 10)).hasMessageContaining("-1 x 10");
    }

    @Test
    void a_property_reply_of_another_type_or_format_has_no_items() {
        long[] items = {FULL_SCREEN};

        assertThat(FullScreenCheck.items(FullScreenCheck.ATOM_TYPE, FullScreenCheck.ATOM_TYPE, 32, items))
                .containsExactly(FULL_SCREEN);
        assertThat(FullScreenCheck.items(FullScreenCheck.ATOM_TYPE, 0, 0, items)).isEmpty();
        assertThat(FullScreenCheck.items(FullScreenCheck.ATOM_TYPE, FullScreenCheck.WINDOW_TYPE, 32, items)).isEmpty();
        assertThat(FullScreenCheck.items(FullScreenCheck.ATOM_TYPE, FullScreenCheck.ATOM_TYPE, 8, items)).isEmpty();
    }

    /** An X server's answers, with one window at most. */
    private static final class FakeAnswers implements FullScreenCheck.Answers {

        private Optional<Long> active = Optional.empty();
        private final Map<Long, long[]> states = new HashMap<>();
        private final Map<Long, ScreenArea> areas = new HashMap<>();

        void active(long window, ScreenArea area, long... windowStates) {
            active = Optional.of(window);
            states.put(window, windowStates);
            if (area != null) {
                areas.put(window, area);
            }
        }

        @Override
        public Optional<Long> activeWindow() {
            return active;
        }

        @Override
        public long[] states(long window) {
            return states.getOrDefault(window, new long[0]);
        }

        @Override
        public Optional<ScreenArea> area(long window) {
            return Optional.ofNullable(areas.get(window));
        }
    }
}
