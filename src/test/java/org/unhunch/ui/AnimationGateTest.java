package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unhunch.ui.AnimationGate.Rate;

class AnimationGateTest {

    private static AnimationGate running(boolean reducedMotion) {
        AnimationGate gate = new AnimationGate(reducedMotion);
        gate.routineStarted();
        gate.shown();
        return gate;
    }

    @Test
    void a_routine_on_screen_animates_at_thirty_frames_a_second() {
        assertThat(running(false).rate()).isEqualTo(Rate.ANIMATING);
        assertThat(Rate.ANIMATING.millis()).isBetween(30, 40);
    }

    @Test
    void less_motion_asked_for_during_a_routine_turns_it_to_key_poses_and_back() {
        AnimationGate gate = running(false);
        gate.setReducedMotion(true);
        assertThat(gate.rate()).isEqualTo(Rate.KEY_POSES);
        gate.minimised();
        assertThat(gate.rate()).as("minimised still keeps time only").isEqualTo(Rate.MINIMISED);
        gate.restored();
        gate.setReducedMotion(false);
        assertThat(gate.rate()).isEqualTo(Rate.ANIMATING);
    }

    @Test
    void nothing_runs_before_the_window_shows_or_the_routine_starts() {
        AnimationGate gate = new AnimationGate(false);
        assertThat(gate.rate()).isEqualTo(Rate.STOPPED);
        gate.shown();
        assertThat(gate.rate()).as("shown, no routine").isEqualTo(Rate.STOPPED);
        AnimationGate notShown = new AnimationGate(false);
        notShown.routineStarted();
        assertThat(notShown.rate()).as("routine, not shown").isEqualTo(Rate.STOPPED);
    }

    @Test
    void minimised_the_animation_stops_and_only_the_routine_keeps_time_then_resumes_when_restored() {
        AnimationGate gate = running(false);
        gate.minimised();
        assertThat(gate.rate()).isEqualTo(Rate.MINIMISED);
        assertThat(Rate.MINIMISED.millis()).isGreaterThanOrEqualTo(1000);
        gate.restored();
        assertThat(gate.rate()).isEqualTo(Rate.ANIMATING);
    }

    @Test
    void hidden_or_over_it_stops_whatever_else_happened() {
        AnimationGate hidden = running(false);
        hidden.hidden();
        assertThat(hidden.rate()).isEqualTo(Rate.STOPPED);
        hidden.restored();
        assertThat(hidden.rate()).as("restored while hidden").isEqualTo(Rate.STOPPED);

        AnimationGate over = running(false);
        over.minimised();
        over.routineOver();
        assertThat(over.rate()).isEqualTo(Rate.STOPPED);
        over.restored();
        assertThat(over.rate()).isEqualTo(Rate.STOPPED);
    }

    @Test
    void shown_again_after_a_hide_it_animates_again() {
        AnimationGate gate = running(false);
        gate.hidden();
        gate.shown();
        assertThat(gate.rate()).isEqualTo(Rate.ANIMATING);
    }

    @Test
    void reduced_motion_switches_key_poses_a_few_times_a_second_and_never_at_thirty() {
        AnimationGate gate = running(true);
        assertThat(gate.rate()).isEqualTo(Rate.KEY_POSES);
        assertThat(Rate.KEY_POSES.millis()).isGreaterThanOrEqualTo(200);
        gate.minimised();
        assertThat(gate.rate()).isEqualTo(Rate.MINIMISED);
        gate.restored();
        assertThat(gate.rate()).isEqualTo(Rate.KEY_POSES);
    }
}
