package org.unhunch.agent;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.presence.Signal;
import org.unhunch.settings.Setting;

/**
 * Says once in the log when a due break's prompt has been held for an hour: a microphone another
 * application keeps open, or a full-screen kiosk, would otherwise hold every prompt without a word.
 * The hold itself is the contract's, and is kept.
 */
final class LongHold {

    static final Duration AFTER = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(LongHold.class);

    /** The due time of the break last said, so each is said once. */
    private long saidFor = Long.MIN_VALUE;

    void look(AgentStatus status) {
        if (!status.held() || status.breakDue().isEmpty()) {
            return;
        }
        long due = status.breakDue().getAsLong();
        long held = status.agentNow() - due;
        if (held < AFTER.toNanos() || due == saidFor) {
            return;
        }
        saidFor = due;
        LOG.info("The prompt of a break due {} min ago is still held ({}); if that is not so, switch {}",
                Duration.ofNanos(held).toMinutes(), because(status.heldFor()), settings(status.heldFor()));
    }

    private static String because(Set<Signal> signals) {
        if (signals.isEmpty()) {
            return "do-not-disturb was posted";
        }
        return signals.stream().sorted().map(signal -> switch (signal) {
            case CALL -> "a microphone or camera is in use";
            case PRESENTATION -> "a window is full screen";
            case DO_NOT_DISTURB -> "the system's do-not-disturb is on";
            default -> signal.name().toLowerCase(java.util.Locale.ROOT);
        }).collect(Collectors.joining(", "));
    }

    private static String settings(Set<Signal> signals) {
        String keys = signals.stream().sorted().map(signal -> switch (signal) {
            case CALL -> Setting.PRESENCE_CALLS.key();
            case PRESENTATION -> Setting.PRESENCE_FULL_SCREEN.key();
            case DO_NOT_DISTURB -> Setting.PRESENCE_DO_NOT_DISTURB.key();
            default -> null;
        }).filter(key -> key != null).collect(Collectors.joining(" or "));
        return keys.isEmpty() ? "off the source of busy" : keys + " off (from the next start)";
    }
}
