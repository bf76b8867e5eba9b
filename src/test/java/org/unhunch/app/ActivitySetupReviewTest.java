package org.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unhunch.activity.ActivityRecorder;
import org.unhunch.activity.ActivitySource;
import org.unhunch.activity.ActivitySourceUnavailableException;
import org.unhunch.activity.FakeIdleClock;
import org.unhunch.activity.FakeTicker;
import org.unhunch.activity.IdleTimeReader;
import org.unhunch.activity.IdleTimeUnreadableException;
import org.unhunch.settings.Layer;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;

/** Review of issue 12: a reader that fails with an unchecked exception (a JNA or dbus-java surprise). */
class ActivitySetupReviewTest {

    private final FakeTicker ticker = new FakeTicker(0);
    private final ActivityRecorder recorder = new ActivityRecorder(ticker);

    @Test
    void a_reader_whose_first_read_throws_unchecked_is_closed_and_the_next_one_tried() throws Exception {
        List<Boolean> closed = new ArrayList<>();
        ActivitySetup.Opener<IdleTimeReader> surprising = () -> new IdleTimeReader() {
            @Override
            public long idleMillis() throws IdleTimeUnreadableException {
                throw new IllegalStateException("a native or bus library's surprise");
            }

            @Override
            public String description() {
                return "surprising";
            }

            @Override
            public void close() {
                closed.add(true);
            }
        };
        ActivitySetup.Opener<IdleTimeReader> xss = () -> new FakeIdleClock(ticker, false, "xss");
        ActivitySetup.Opener<ActivitySource> noHook = () -> {
            throw new ActivitySourceUnavailableException("the X server has no RECORD extension");
        };
        ActivitySetup.Offer offer = new ActivitySetup.Offer(false, noHook, List.of(surprising, xss), noHook);

        ActivitySetup.Started started = null;
        Throwable thrown = null;
        try {
            started = ActivitySetup.start(offer, new SettingsStore.Resolved(Setting.ACTIVITY_SOURCE, "auto",
                    Layer.USER), recorder);
        } catch (RuntimeException e) {
            thrown = e;
        }

        assertThat(thrown).as("the agent's start survives a reader's surprise").isNull();
        assertThat(started.inUse()).startsWith("Activity: the system's idle time: xss");
        assertThat(closed).as("the reader that failed is closed").containsExactly(true);
    }

    @Test
    void a_reader_whose_open_throws_unchecked_lets_the_next_one_be_tried() throws Exception {
        ActivitySetup.Opener<IdleTimeReader> surprising = () -> {
            throw new IllegalStateException("a native or bus library's surprise");
        };
        ActivitySetup.Opener<IdleTimeReader> xss = () -> new FakeIdleClock(ticker, false, "xss");
        ActivitySetup.Opener<ActivitySource> noHook = () -> {
            throw new ActivitySourceUnavailableException("the X server has no RECORD extension");
        };
        ActivitySetup.Offer offer = new ActivitySetup.Offer(false, noHook, List.of(surprising, xss), noHook);

        Throwable thrown = null;
        try {
            ActivitySetup.start(offer, new SettingsStore.Resolved(Setting.ACTIVITY_SOURCE, "auto", Layer.USER),
                    recorder);
        } catch (RuntimeException e) {
            thrown = e;
        }
        assertThat(thrown).as("the agent's start survives a reader's surprise").isNull();
    }
}
