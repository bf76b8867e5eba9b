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
    void the_card_says_first_how_long_the_person_sat_then_the_routine_by_name_and_real_length() {
        Routine quick = bundled("quick-reset");
        String words = RoutineWords.offer(45, quick, quick.stepsFor(Set.of()));
        assertThat(words).contains("<b>You've sat for 45 min</b>")
                .contains("Time for a break: Quick reset, " + RoutineWords.length(quick.stepsFor(Set.of())) + ".")
                .doesNotContainIgnoringCase("mid-back");
        assertThat(words.indexOf("45 min")).as("the time sat comes first").isLessThan(words.indexOf("Quick reset"));
        assertThat(RoutineWords.offer(70, quick, quick.stepsFor(Set.of()))).contains("You've sat for 1 h 10 min");
    }

    @Test
    void the_length_counts_the_steps_guided_for_the_persons_equipment() {
        Routine reset = bundled("mid-back-reset");
        List<RoutineStep> withoutRoller = reset.stepsFor(Set.of("band"));
        List<RoutineStep> withRoller = reset.stepsFor(Set.of("band", "foamRoller"));
        assertThat(withRoller).hasSize(withoutRoller.size() + 1);

        assertThat(RoutineWords.length(withoutRoller)).as("270 s").isEqualTo("4 min 30 s");
        assertThat(RoutineWords.length(withRoller)).as("330 s with the foam roller").isEqualTo("5 min 30 s");
        assertThat(RoutineWords.offer(50, reset, withRoller)).contains("Mid-back reset, 5 min 30 s.");
    }

    @Test
    void a_length_is_said_in_whole_minutes_or_seconds_as_it_is() {
        assertThat(RoutineWords.length(List.of(step(20)))).isEqualTo("20 s");
        assertThat(RoutineWords.length(List.of(step(60), step(60)))).isEqualTo("2 min");
        assertThat(RoutineWords.length(List.of(step(60), step(5)))).isEqualTo("1 min 5 s");
    }

    private static RoutineStep step(int seconds) {
        return new RoutineStep("breath", "Breathe", List.of("In and out."), Duration.ofSeconds(seconds),
                new Pacer.None(), Optional.empty());
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
