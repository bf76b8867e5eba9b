package org.unhunch.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unhunch.sitting.Timeline.nanos;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a caller that sleeps between deadlines relies on: nextDeadline, and time never going back. */
class SittingModelClockTest {

    private final List<SittingEvent> events = new ArrayList<>();
    private final SittingModel model = new SittingModel(SittingSettings.DEFAULTS, events::add);

    @Test
    void nothing_is_pending_before_any_activity_or_during_a_routine() {
        assertThat(model.nextDeadline()).isEmpty();
        model.observe(Observation.START, 0);
        assertThat(model.flow()).isEqualTo(BreakFlow.ROUTINE);
        assertThat(model.nextDeadline()).isEmpty();
    }

    @Test
    void while_sitting_the_next_deadline_is_idle_at_the_last_activity_plus_break_gap() {
        model.observe(Observation.KEY, nanos(100));
        assertThat(model.nextDeadline()).hasValue(nanos(400));
        model.observe(Observation.KEY, nanos(350));
        assertThat(model.nextDeadline()).hasValue(nanos(650));
    }

    @Test
    void after_the_deadline_passes_the_model_has_moved_on_to_the_next_one() {
        for (int t = 0; t <= 2640; t += 60) {
            model.observe(Observation.KEY, nanos(t));
        }
        assertThat(model.nextDeadline()).hasValue(nanos(2700));
        model.advanceTo(model.nextDeadline().getAsLong());
        assertThat(model.flow()).isEqualTo(BreakFlow.PROMPT);
        assertThat(model.nextDeadline()).hasValue(nanos(2820));
        assertThat(events).extracting(SittingEvent::type).containsExactly(
                EventType.SITTING_STARTED, EventType.BREAK_DUE, EventType.PROMPT_SHOWN);
    }

    @Test
    void advancing_only_to_just_before_a_deadline_fires_nothing() {
        model.observe(Observation.KEY, 0);
        model.advanceTo(nanos(300) - 1);
        assertThat(model.flow()).isEqualTo(BreakFlow.SITTING);
        model.advanceTo(nanos(300));
        assertThat(model.flow()).isEqualTo(BreakFlow.AWAY);
    }

    @Test
    void time_going_backwards_is_refused() {
        model.observe(Observation.KEY, nanos(10));
        assertThatThrownBy(() -> model.observe(Observation.KEY, nanos(9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backwards");
        assertThatThrownBy(() -> model.advanceTo(nanos(5))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_time_axis_may_start_anywhere_even_below_zero() {
        model.observe(Observation.KEY, -nanos(1000));
        model.advanceTo(-nanos(700));
        assertThat(events).extracting(EventText::describe).containsExactly(
                "-1000 sitting_started away=none",
                "-700 sitting_ended ended_at=-1000 sitting=0 idle");
    }

    @Test
    void the_lock_and_pause_flags_follow_their_observations() {
        model.observe(Observation.LOCK, 0);
        model.observe(Observation.PAUSE, 1);
        assertThat(model.isLocked()).isTrue();
        assertThat(model.isPaused()).isTrue();
        model.observe(Observation.UNLOCK, 2);
        model.observe(Observation.RESUME, 3);
        assertThat(model.isLocked()).isFalse();
        assertThat(model.isPaused()).isFalse();
    }

    @Test
    void while_engaged_the_next_deadline_is_idle_at_the_last_activity_plus_engaged_limit() {
        SittingModel sittingLong = new SittingModel(
                new org.unhunch.settings.ModelSettingsBuilder().set("sit.limit", "3h").build(), events::add);
        sittingLong.observe(Observation.KEY, nanos(100));
        sittingLong.observe(Observation.ENGAGED, nanos(200));
        assertThat(sittingLong.nextDeadline()).hasValue(nanos(200 + 7200));
        sittingLong.observe(Observation.LOCK, nanos(300));
        assertThat(sittingLong.nextDeadline()).hasValue(nanos(300 + 300));
    }

    @Test
    void while_a_prompt_is_held_no_prompt_deadline_is_pending_until_the_person_is_free() {
        for (int t = 0; t <= 2640; t += 60) {
            model.observe(Observation.KEY, nanos(t));
        }
        model.observe(Observation.BUSY, nanos(2650));
        model.advanceTo(nanos(2700));
        assertThat(model.nextDeadline()).hasValue(nanos(2940));
        model.observe(Observation.FREE, nanos(2800));
        assertThat(model.flow()).isEqualTo(BreakFlow.PROMPT);
        assertThat(model.nextDeadline()).as("the prompt's timeout").hasValue(nanos(2920));
    }
}
