package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unhunch.agent.AgentStatus;
import org.unhunch.presence.Signal;
import org.unhunch.sitting.BreakFlow;

/** The card learns what held its prompt from the statuses seen during the hold. Needs no display. */
class HeldBeforeTest {

    private final HeldBefore heldBefore = new HeldBefore();

    private static AgentStatus held(Signal... reasons) {
        return status(true, Set.of(reasons));
    }

    private static AgentStatus status(boolean held, Set<Signal> heldFor) {
        return new AgentStatus(0, 0, 1, BreakFlow.PENDING, false, held, heldFor, OptionalLong.of(0),
                OptionalLong.of(0), false);
    }

    @Test
    void the_prompt_shown_after_a_call_knows_the_call_and_the_next_prompt_does_not() {
        heldBefore.saw(held(Signal.CALL));
        heldBefore.saw(status(false, Set.of()));
        assertThat(heldBefore.takeForPrompt()).containsExactly(Signal.CALL);
        assertThat(heldBefore.takeForPrompt()).isEmpty();
    }

    @Test
    void a_call_that_ended_while_do_not_disturb_stayed_on_is_still_counted() {
        heldBefore.saw(held(Signal.CALL, Signal.DO_NOT_DISTURB));
        heldBefore.saw(held(Signal.DO_NOT_DISTURB));
        assertThat(heldBefore.takeForPrompt()).containsExactlyInAnyOrder(Signal.CALL, Signal.DO_NOT_DISTURB);
    }

    @Test
    void a_status_not_held_adds_nothing() {
        heldBefore.saw(status(false, Set.of(Signal.CALL)));
        assertThat(heldBefore.takeForPrompt()).isEmpty();
    }

    @Test
    void an_answered_break_forgets_its_hold() {
        heldBefore.saw(held(Signal.PRESENTATION));
        heldBefore.forget();
        assertThat(heldBefore.takeForPrompt()).isEmpty();
    }
}
