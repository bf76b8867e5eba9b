package org.unhunch.ui;

import java.util.EnumSet;
import java.util.Set;
import org.unhunch.agent.AgentStatus;
import org.unhunch.presence.Signal;

/**
 * What held the coming prompt back, learnt from the agent's statuses while it was held (the model
 * keeps no such record): every reason seen during the hold, so a call that ended while
 * do-not-disturb stayed on is still the call the card counts. On the EDT.
 */
final class HeldBefore {

    private final Set<Signal> seen = EnumSet.noneOf(Signal.class);

    void saw(AgentStatus status) {
        if (status.held()) {
            seen.addAll(status.heldFor());
        }
    }

    /** The reasons for the prompt now shown; the next prompt starts with none. */
    Set<Signal> takeForPrompt() {
        Set<Signal> reasons = Set.copyOf(seen);
        seen.clear();
        return reasons;
    }

    /** The break was answered or the session ended: a hold before it says nothing about the next prompt. */
    void forget() {
        seen.clear();
    }
}
