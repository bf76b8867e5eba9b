package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unhunch.routine.Pacer;
import org.unhunch.routine.Routine;
import org.unhunch.routine.RoutineFile;
import org.unhunch.routine.RoutineStep;

/**
 * The card, the routine window and the tray name the routine that runs, not always the mid-back
 * reset; the card's length is that of the steps guided for the person's equipment (issue 10).
 * Needs no display.
 */
class RoutineWordsTest {

    private static Routine bundled(String id) {
        return RoutineFile.bundled().stream().filter(routine -> routine.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void the_quick_reset_is_offered_by_its_name_and_its_two_minutes() {
        Routine quick = bundled("quick-reset");
        assertThat(RoutineWords.offer(45, quick, quick.stepsFor(Set.of())))
                .contains("sitting for 45 minutes").contains("2-minute").contains("Quick reset")
                .doesNotContainIgnoringCase("mid-back");
    }

    @Test
    void the_length_counts_the_steps_guided_for_the_persons_equipment() {
        Routine reset = bundled("mid-back-reset");
        List<RoutineStep> withoutRoller = reset.stepsFor(Set.of("band"));
        List<RoutineStep> withRoller = reset.stepsFor(Set.of("band", "foamRoller"));
        assertThat(withRoller).hasSize(withoutRoller.size() + 1);

        assertThat(RoutineWords.minutes(withoutRoller)).as("270 s").isEqualTo(5);
        assertThat(RoutineWords.minutes(withRoller)).as("330 s with the foam roller").isEqualTo(6);
        assertThat(RoutineWords.offer(50, reset, withRoller)).contains("6-minute").contains("Mid-back reset");
    }

    @Test
    void a_routine_shorter_than_a_minute_is_offered_as_one_minute() {
        RoutineStep breath = new RoutineStep("breath", "Breathe", List.of("In and out."), Duration.ofSeconds(20),
                new Pacer.None(), Optional.empty());
        assertThat(RoutineWords.minutes(List.of(breath))).isEqualTo(1);
    }

    @Test
    void a_routine_name_from_a_file_is_shown_as_text_never_as_markup() {
        Routine hostile = new Routine("x", "<img src=http://127.0.0.1:9/x.png>", bundled("quick-reset").steps());
        assertThat(RoutineWords.offer(45, hostile, hostile.steps()))
                .startsWith("<html>").contains("&lt;img src=").doesNotContain("<img");
    }

    @Test
    void the_routine_window_and_the_tray_name_the_routine_under_way() {
        Routine quick = bundled("quick-reset");
        assertThat(RoutineWords.windowTitle(quick)).isEqualTo("Unhunch - Quick reset");
        assertThat(RoutineWords.accessibleName(quick)).isEqualTo("Quick reset");
        assertThat(RoutineWords.underWay(quick)).isEqualTo("Quick reset under way");
    }
}
