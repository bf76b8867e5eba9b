package org.unhunch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unhunch.activity.FakeTicker;
import org.unhunch.sitting.Observation;
import org.unhunch.testing.LogCapture;

class ObservationInboxTest {

    /** The documented bound: what waits for the loop beyond it is dropped. */
    private static final int BOUND = 256;

    private final FakeTicker ticker = new FakeTicker(0);
    private final ObservationInbox inbox = new ObservationInbox(ticker);
    @RegisterExtension
    final LogCapture logged = new LogCapture(ObservationInbox.class);

    @Test
    void a_flood_keeps_the_first_answers_in_order_and_drops_the_newest_saying_so_once() {
        for (int i = 0; i < BOUND; i++) {
            ticker.set(i);
            inbox.post(i % 2 == 0 ? Observation.SNOOZE : Observation.PAUSE);
        }
        for (int i = 0; i < 1_000_000; i++) {
            inbox.post(Observation.DONE);
        }

        var taken = inbox.drain();

        assertThat(taken).hasSize(BOUND);
        assertThat(taken).extracting(ObservationInbox.Posted::ticker)
                .containsExactlyElementsOf(java.util.stream.LongStream.range(0, BOUND).boxed()
                        .toList());
        assertThat(taken).extracting(ObservationInbox.Posted::observation).doesNotContain(Observation.DONE);
        assertThat(logged.events()).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("More than 256 answers are waiting for the agent; newer ones are dropped until it has"
                        + " taken them");
    }

    @Test
    void once_taken_there_is_room_again_and_every_post_still_wakes_the_loop() {
        AtomicInteger wakeUps = new AtomicInteger();
        inbox.onPost(wakeUps::incrementAndGet);
        for (int i = 0; i < BOUND + 10; i++) {
            inbox.post(Observation.SKIP);
        }
        assertThat(inbox.drain()).hasSize(BOUND);

        inbox.post(Observation.START);

        assertThat(inbox.drain()).extracting(ObservationInbox.Posted::observation).containsExactly(Observation.START);
        assertThat(wakeUps).hasValue(BOUND + 11);
    }
}
