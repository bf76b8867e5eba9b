package org.unhunch.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutineStepperTest {

    private static final long S = 1_000_000_000L;
    private static final long START = 500 * S;

    private static RoutineStep step(String id, int seconds, Pacer pacer) {
        return new RoutineStep(id, id, List.of("Do " + id), Duration.ofSeconds(seconds), pacer, Optional.empty());
    }

    private final List<RoutineStep> steps = List.of(
            step("settle", 20, new Pacer.Breathing(Duration.ofSeconds(4), Duration.ofSeconds(6), "In", "Out")),
            step("rotate", 60, new Pacer.Rotation(Duration.ofSeconds(5))),
            step("hold", 40, new Pacer.Hold()));
    private final RoutineStepper stepper = new RoutineStepper(steps, START);

    private long at(double seconds) {
        return START + (long) (seconds * S);
    }

    @Test
    void steps_follow_each_other_by_their_durations() {
        assertThat(stepper.stepIndex(at(0))).isZero();
        assertThat(stepper.stepIndex(at(19.999))).isZero();
        assertThat(stepper.stepIndex(at(20))).isEqualTo(1);
        assertThat(stepper.stepIndex(at(79.9))).isEqualTo(1);
        assertThat(stepper.stepIndex(at(80))).isEqualTo(2);
        assertThat(stepper.stepRemaining(at(85))).isEqualTo(Duration.ofSeconds(35));
        assertThat(stepper.stepElapsed(at(85))).isEqualTo(Duration.ofSeconds(5));
        assertThat(stepper.totalRemaining(at(85))).isEqualTo(Duration.ofSeconds(35));
        assertThat(stepper.isFinished(at(119.9))).isFalse();
        assertThat(stepper.isFinished(at(120))).isTrue();
        assertThat(stepper.stepIndex(at(500))).as("stays on the last step when finished").isEqualTo(2);
        assertThat(stepper.completedSteps(at(500))).isEqualTo(3);
    }

    @Test
    void a_pause_stops_the_clock_and_resume_goes_on_where_it_stopped() {
        stepper.pause(at(10));
        assertThat(stepper.isPaused()).isTrue();
        assertThat(stepper.stepRemaining(at(1000))).isEqualTo(Duration.ofSeconds(10));
        stepper.resume(at(1000));
        assertThat(stepper.isPaused()).isFalse();
        assertThat(stepper.stepRemaining(at(1005))).isEqualTo(Duration.ofSeconds(5));
        assertThat(stepper.stepIndex(at(1010))).isEqualTo(1);
        assertThat(stepper.isFinished(at(1000 + 110))).isTrue();
    }

    @Test
    void pausing_twice_or_resuming_when_running_changes_nothing() {
        stepper.resume(at(5));
        stepper.pause(at(10));
        stepper.pause(at(15));
        stepper.resume(at(20));
        assertThat(stepper.stepRemaining(at(20))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void next_ends_the_step_at_once_and_the_next_one_runs_its_full_length() {
        stepper.next(at(3));
        assertThat(stepper.stepIndex(at(3))).isEqualTo(1);
        assertThat(stepper.stepRemaining(at(3))).isEqualTo(Duration.ofSeconds(60));
        assertThat(stepper.completedSteps(at(3))).isEqualTo(1);
        stepper.next(at(4));
        stepper.next(at(5));
        assertThat(stepper.isFinished(at(5))).isTrue();
        assertThat(stepper.completedSteps(at(5))).isEqualTo(3);
    }

    @Test
    void next_while_paused_moves_on_and_stays_paused() {
        stepper.pause(at(5));
        stepper.next(at(7));
        assertThat(stepper.stepIndex(at(100))).isEqualTo(1);
        assertThat(stepper.stepRemaining(at(100))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void the_breathing_pacer_grows_on_the_inhale_and_shrinks_on_the_exhale() {
        assertThat(stepper.pacerAt(at(0))).isEqualTo(new PacerPhase(PacerPhase.Cue.INHALE, 0));
        assertThat(stepper.pacerAt(at(2)).cue()).isEqualTo(PacerPhase.Cue.INHALE);
        assertThat(stepper.pacerAt(at(2)).breathSize()).isCloseTo(0.5, within(1e-9));
        assertThat(stepper.pacerAt(at(4)).cue()).isEqualTo(PacerPhase.Cue.EXHALE);
        assertThat(stepper.pacerAt(at(4)).breathSize()).isCloseTo(1.0, within(1e-9));
        assertThat(stepper.pacerAt(at(7)).breathSize()).isCloseTo(0.5, within(1e-9));
        assertThat(stepper.pacerAt(at(10)).cue()).as("a new breath").isEqualTo(PacerPhase.Cue.INHALE);
        assertThat(stepper.pacerAt(at(12)).progress()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void the_rotation_pacer_alternates_left_and_right() {
        assertThat(stepper.pacerAt(at(20)).cue()).isEqualTo(PacerPhase.Cue.LEFT);
        assertThat(stepper.pacerAt(at(24)).progress()).isCloseTo(0.8, within(1e-9));
        assertThat(stepper.pacerAt(at(25)).cue()).isEqualTo(PacerPhase.Cue.RIGHT);
        assertThat(stepper.pacerAt(at(30)).cue()).isEqualTo(PacerPhase.Cue.LEFT);
    }

    @Test
    void the_hold_pacer_shows_how_much_of_the_hold_is_done() {
        assertThat(stepper.pacerAt(at(90))).satisfies(phase -> {
            assertThat(phase.cue()).isEqualTo(PacerPhase.Cue.HOLD);
            assertThat(phase.progress()).isCloseTo(0.25, within(1e-9));
        });
    }

    @Test
    void the_pacer_holds_still_while_paused() {
        stepper.pause(at(2));
        assertThat(stepper.pacerAt(at(50))).isEqualTo(stepper.pacerAt(at(2)));
    }
}
