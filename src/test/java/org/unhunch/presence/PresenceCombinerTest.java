package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unhunch.sitting.Observation;
import org.unhunch.testing.LogCapture;

class PresenceCombinerTest {

    @RegisterExtension
    final LogCapture logged = new LogCapture(PresenceCombiner.class);

    private final List<Observation> posted = new ArrayList<>();

    @Test
    void one_source_posts_lock_and_unlock_once_each_however_often_it_repeats_itself() {
        FakeSource session = new FakeSource("session", false);
        start(session);

        session.says(true);
        session.says(true);
        assertThat(posted).containsExactly(Observation.LOCK);
        session.says(false);
        session.says(false);
        assertThat(posted).containsExactly(Observation.LOCK, Observation.UNLOCK);
    }

    @Test
    void the_screen_stays_locked_until_the_last_source_lets_go() {
        FakeSource session = new FakeSource("session", false);
        FakeSource sleep = new FakeSource("sleep", false);
        start(session, sleep);

        session.says(true);
        sleep.says(true);
        session.says(false);
        assertThat(posted).as("asleep still").containsExactly(Observation.LOCK);
        sleep.says(false);
        assertThat(posted).containsExactly(Observation.LOCK, Observation.UNLOCK);
    }

    @Test
    void unlocked_at_the_start_posts_nothing_and_locked_at_the_start_posts_lock() {
        start(new FakeSource("screensaver", false));
        assertThat(posted).isEmpty();

        start(new FakeSource("session", true));
        assertThat(posted).containsExactly(Observation.LOCK);
    }

    @Test
    void a_source_that_cannot_watch_is_said_once_and_left_out_and_the_others_go_on() {
        FakeSource missing = new FakeSource("the missing one", false);
        missing.unavailable = true;
        FakeSource broken = new FakeSource("the broken one", false);
        broken.broken = true;
        FakeSource session = new FakeSource("session", false);
        PresenceCombiner combiner = PresenceCombiner.screenLock(List.of(missing, broken, session), posted::add);

        assertThat(combiner.start()).containsExactly("session");
        session.says(true);

        assertThat(posted).containsExactly(Observation.LOCK);
        assertThat(logged.events()).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Screen lock: the missing one is not watched (no such bus)",
                "Screen lock: the broken one is not watched after an unexpected problem",
                "Screen lock: on, by session");
        combiner.close();
        assertThat(missing.closed).as("never started, so not closed").isFalse();
        assertThat(session.closed).isTrue();
    }

    @Test
    void a_source_that_finishes_starting_after_the_close_is_closed_at_once_and_says_nothing() {
        FakeSource slow = new FakeSource("slow", true);
        FakeSource next = new FakeSource("next", false);
        PresenceCombiner combiner = PresenceCombiner.screenLock(List.of(slow, next), posted::add);
        slow.whileStarting = combiner::close;

        assertThat(combiner.start()).isEmpty();

        assertThat(slow.closed).isTrue();
        assertThat(next.listener).as("not started").isNull();
        assertThat(posted).isEmpty();
    }

    @Test
    void engagement_posts_engaged_while_any_source_says_on_and_disengaged_when_the_last_lets_go() {
        FakeSource player = new FakeSource("player", false);
        FakeSource call = new FakeSource("call", true);
        PresenceCombiner.engagement(List.of(player, call), posted::add).start();

        player.says(true);
        call.says(false);
        assertThat(posted).as("the player still holds the screen").containsExactly(Observation.ENGAGED);
        player.says(false);
        assertThat(posted).containsExactly(Observation.ENGAGED, Observation.DISENGAGED);
        assertThat(logged.events()).extracting(ILoggingEvent::getFormattedMessage)
                .as("said when the flag turns, not for each source").containsExactly(
                        "Engagement: on, by call", "Engagement: off");
    }

    private void start(PresenceSource... sources) {
        PresenceCombiner.screenLock(List.of(sources), posted::add).start();
    }

    /** A source told by the test what to say. */
    private static final class FakeSource implements PresenceSource {

        private final String name;
        private final boolean atStart;
        private Listener listener;
        private boolean unavailable;
        private boolean broken;
        private boolean closed;
        private Runnable whileStarting = () -> { };

        FakeSource(String name, boolean atStart) {
            this.name = name;
            this.atStart = atStart;
        }

        void says(boolean on) {
            listener.changed(on);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Signal signal() {
            return Signal.SCREEN_LOCK;
        }

        @Override
        public void start(Listener listener) throws Unavailable {
            if (unavailable) {
                throw new Unavailable("no such bus");
            }
            if (broken) {
                throw new IllegalStateException("a bug");
            }
            this.listener = listener;
            whileStarting.run();
            listener.changed(atStart);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
