package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ActivityRecorderTest {

    private final FakeTicker ticker = new FakeTicker(50);
    private final ActivityRecorder recorder = new ActivityRecorder(ticker);

    @Test
    void an_empty_drain_has_no_readings() {
        ActivityWindow window = recorder.drain();
        assertThat(window.isEmpty()).isTrue();
        for (ActivityKind kind : ActivityKind.values()) {
            assertThat(window.first(kind)).isEqualTo(ActivityRecorder.NONE);
            assertThat(window.latest(kind)).isEqualTo(ActivityRecorder.NONE);
        }
    }

    @Test
    void the_first_activity_after_a_drain_wakes_the_waiter_once() {
        AtomicInteger wakeUps = new AtomicInteger();
        recorder.onFirstActivity(wakeUps::incrementAndGet);
        recorder.record(ActivityKind.KEY);
        recorder.record(ActivityKind.KEY);
        recorder.record(ActivityKind.KEY);
        assertThat(wakeUps).hasValue(1);
        recorder.record(ActivityKind.POINTER);
        assertThat(wakeUps).as("per kind").hasValue(2);
        recorder.drain();
        recorder.record(ActivityKind.KEY);
        assertThat(wakeUps).hasValue(3);
    }

    @Test
    void input_an_idle_time_tells_of_is_placed_when_it_came_on_both_clocks() {
        ActivityRecorder placed = new ActivityRecorder(ticker, () -> 9_000);
        ticker.set(5_000_000_000L);

        placed.recordAgo(ActivityKind.INPUT, 2_000_000_000L);

        ActivityWindow window = placed.drain();
        assertThat(window.first(ActivityKind.INPUT)).isEqualTo(3_000_000_000L);
        assertThat(window.firstWallMillis(ActivityKind.INPUT)).as("wall ms, two seconds back").isEqualTo(7_000);
        assertThatThrownBy(() -> placed.recordAgo(ActivityKind.INPUT, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readings_are_per_kind() {
        recorder.record(ActivityKind.WHEEL);
        ticker.advance(10);
        recorder.record(ActivityKind.WHEEL);
        ticker.advance(10);
        recorder.record(ActivityKind.KEY);
        ActivityWindow window = recorder.drain();
        assertThat(window.first(ActivityKind.WHEEL)).isEqualTo(50);
        assertThat(window.latest(ActivityKind.WHEEL)).isEqualTo(60);
        assertThat(window.first(ActivityKind.KEY)).isEqualTo(70);
        assertThat(window.latest(ActivityKind.KEY)).isEqualTo(70);
        assertThat(window.first(ActivityKind.POINTER)).isEqualTo(ActivityRecorder.NONE);
    }

    @Test
    void recording_from_many_threads_keeps_the_earliest_first_and_some_latest() throws InterruptedException {
        ActivityRecorder shared = new ActivityRecorder(Ticker.SYSTEM);
        long before = System.nanoTime();
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                for (int n = 0; n < 10_000; n++) {
                    shared.record(ActivityKind.POINTER);
                }
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long after = System.nanoTime();
        ActivityWindow window = shared.drain();
        assertThat(window.first(ActivityKind.POINTER)).isBetween(before, after);
        assertThat(window.latest(ActivityKind.POINTER)).isBetween(window.first(ActivityKind.POINTER), after);
    }
}
