package org.unhunch.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unhunch.routine.PacerPhase.Cue;

class PosesTest {

    private static final long MILLI = 1_000_000L;

    private static PacerPhase at(Cue cue, double progress) {
        return new PacerPhase(cue, progress);
    }

    private static RoutineStepper stepper(Pacer pacer, Motion motion) {
        return new RoutineStepper(List.of(new RoutineStep("s", "S", List.of("Do it."), Duration.ofSeconds(60), pacer,
                Optional.empty(), Optional.of(motion))), 0);
    }

    @Test
    void cat_cow_arches_at_the_top_of_the_inhale_and_rounds_at_the_bottom_of_the_exhale() {
        Pose inhaled = Poses.pose(Motion.CAT_COW, at(Cue.INHALE, 1));
        Pose exhaled = Poses.pose(Motion.CAT_COW, at(Cue.EXHALE, 1));
        assertThat(inhaled.spineFlexion()).as("arched: extension is negative").isLessThan(-20);
        assertThat(inhaled.head()).as("looking up").isNegative();
        assertThat(exhaled.spineFlexion()).as("rounded: flexion is positive").isGreaterThan(20);
        assertThat(exhaled.head()).as("chin in").isPositive();
    }

    @Test
    void cat_cow_follows_the_breath_through_the_stepper() {
        RoutineStepper stepper = stepper(new Pacer.Breathing(Duration.ofSeconds(4), Duration.ofSeconds(4),
                "Arch", "Round"), Motion.CAT_COW);
        double startOfInhale = Poses.pose(Motion.CAT_COW, stepper.pacerAt(0)).spineFlexion();
        double endOfInhale = Poses.pose(Motion.CAT_COW, stepper.pacerAt(3_999 * MILLI)).spineFlexion();
        double endOfExhale = Poses.pose(Motion.CAT_COW, stepper.pacerAt(7_999 * MILLI)).spineFlexion();
        assertThat(endOfInhale).isLessThan(startOfInhale);
        assertThat(endOfExhale).isGreaterThan(endOfInhale).isGreaterThan(20);
    }

    @Test
    void rotation_turns_to_the_side_the_pacer_names() {
        Pose left = Poses.pose(Motion.ROTATION, at(Cue.LEFT, 0.5));
        Pose right = Poses.pose(Motion.ROTATION, at(Cue.RIGHT, 0.5));
        assertThat(left.turn()).as("positive is to the person's left").isGreaterThan(30);
        assertThat(right.turn()).isEqualTo(-left.turn());
        assertThat(left.view()).as("seen from above, so the turn shows").isEqualTo(Pose.View.ABOVE);
        assertThat(Poses.pose(Motion.ROTATION, at(Cue.LEFT, 0)).turn()).as("starts facing ahead").isZero();
        assertThat(Poses.keyPose(Motion.ROTATION, at(Cue.RIGHT, 0.1)).turn()).isEqualTo(right.turn());
    }

    @ParameterizedTest
    @EnumSource(Motion.class)
    void a_hold_keeps_its_pose_while_its_timer_runs(Motion motion) {
        RoutineStepper stepper = stepper(new Pacer.Hold(), motion);
        Pose first = Poses.pose(motion, stepper.pacerAt(0));
        for (long t = 0; t < 60_000 * MILLI; t += 500 * MILLI) {
            assertThat(stepper.pacerAt(t).progress()).isLessThan(1);
            assertThat(Poses.pose(motion, stepper.pacerAt(t))).isEqualTo(first);
        }
    }

    @ParameterizedTest
    @EnumSource(Motion.class)
    void every_motion_moves_smoothly_under_every_pacer(Motion motion) {
        List<Pacer> pacers = List.of(
                new Pacer.Breathing(Duration.ofSeconds(4), Duration.ofSeconds(6), "In", "Out"),
                new Pacer.Rotation(Duration.ofSeconds(5)), new Pacer.Hold(), new Pacer.None());
        for (Pacer pacer : pacers) {
            RoutineStepper stepper = stepper(pacer, motion);
            Pose before = Poses.pose(motion, stepper.pacerAt(0));
            for (long t = 33 * MILLI; t < 60_000 * MILLI; t += 33 * MILLI) {
                Pose now = Poses.pose(motion, stepper.pacerAt(t));
                assertThat(now.distance(before)).as("%s with %s at %d ms", motion, pacer, t / MILLI)
                        .isLessThan(3);
                before = now;
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Motion.class)
    void the_breath_and_each_side_move_every_motion_between_two_different_poses(Motion motion) {
        Pose inhaled = Poses.pose(motion, at(Cue.INHALE, 1));
        Pose exhaled = Poses.pose(motion, at(Cue.EXHALE, 1));
        assertThat(inhaled.distance(exhaled)).isGreaterThan(5);
        assertThat(Poses.pose(motion, at(Cue.LEFT, 0.5)).distance(Poses.pose(motion, at(Cue.LEFT, 0))))
                .as("a side of a rotation pacer moves it too").isGreaterThan(5);
        assertThat(Poses.keyPose(motion, at(Cue.INHALE, 0.2))).isEqualTo(inhaled);
        assertThat(Poses.keyPose(motion, at(Cue.EXHALE, 0.7))).isEqualTo(exhaled);
    }

    @Test
    void diaphragmatic_breathing_fills_belly_and_chest_on_the_inhale() {
        assertThat(Poses.pose(Motion.DIAPHRAGMATIC_BREATH, at(Cue.INHALE, 1)).breath()).isEqualTo(1);
        assertThat(Poses.pose(Motion.DIAPHRAGMATIC_BREATH, at(Cue.EXHALE, 1)).breath()).isZero();
        assertThat(Poses.pose(Motion.DIAPHRAGMATIC_BREATH, at(Cue.INHALE, 0.5)).breath()).isStrictlyBetween(0.3, 0.7);
    }

    @Test
    void the_easing_starts_and_ends_gently() {
        assertThat(Poses.ease(0)).isZero();
        assertThat(Poses.ease(1)).isEqualTo(1);
        assertThat(Poses.ease(0.05)).as("slower than linear at the start").isLessThan(0.05);
        assertThat(Poses.ease(0.95)).as("slower than linear at the end").isGreaterThan(0.95);
    }

    @Test
    void every_motion_is_named_as_a_routine_file_names_it() {
        assertThat(Motion.byId("cat-cow")).contains(Motion.CAT_COW);
        assertThat(Motion.byId("diaphragmatic-breath")).contains(Motion.DIAPHRAGMATIC_BREATH);
        assertThat(Motion.byId("headstand")).isEmpty();
        for (Motion motion : Motion.values()) {
            assertThat(Motion.byId(motion.id())).contains(motion);
            assertThat(motion.id()).matches(Routine.ID_SYNTAX);
        }
    }
}
