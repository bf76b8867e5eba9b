package org.unhunch.sitting;

import java.math.BigDecimal;
import java.time.Duration;

/** Events as short readable text for timeline tests: {@code "2700 break_due sitting=2700"}. */
public final class EventText {

    private EventText() {
    }

    public static String describe(SittingEvent event) {
        String head = seconds(event.at()) + " " + event.type().wireName();
        if (event instanceof SittingEvent.SittingStarted started) {
            return head + " away=" + (started.away() == null ? "none" : seconds(started.away()));
        }
        if (event instanceof SittingEvent.SittingEnded ended) {
            return head + " ended_at=" + seconds(ended.endedAt()) + " sitting=" + seconds(ended.sitting())
                    + " " + ended.reason().wireName();
        }
        if (event instanceof SittingEvent.BreakDue due) {
            return head + " sitting=" + seconds(due.sitting());
        }
        if (event instanceof SittingEvent.PromptShown shown) {
            return head + " sitting=" + seconds(shown.sitting());
        }
        if (event instanceof SittingEvent.PromptHeld held) {
            return head + " sitting=" + seconds(held.sitting());
        }
        if (event instanceof SittingEvent.BreakSnoozed snoozed) {
            return head + " until=" + seconds(snoozed.until());
        }
        if (event instanceof SittingEvent.BreakDone done) {
            return head + " duration=" + seconds(done.duration());
        }
        if (event instanceof SittingEvent.BreakPartial partial) {
            return head + " duration=" + seconds(partial.duration());
        }
        if (event instanceof SittingEvent.StrayAnswer stray) {
            return head + " " + stray.answer().wireName();
        }
        return head;
    }

    static String seconds(Duration duration) {
        return seconds(duration.toNanos());
    }

    static String seconds(long nanos) {
        return BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString();
    }
}
