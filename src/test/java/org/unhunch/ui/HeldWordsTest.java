package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unhunch.presence.Signal;
import org.unhunch.routine.Routine;
import org.unhunch.routine.RoutineFile;
import org.unhunch.routine.RoutineStep;

/**
 * The tray says why a due break's prompt is held, and the card after the hold counts the call or
 * the presentation in the time sat (issue 11). Needs no display.
 */
class HeldWordsTest {

    private static final Routine QUICK = RoutineFile.bundled().stream()
            .filter(routine -> routine.id().equals("quick-reset")).findFirst().orElseThrow();
    private static final List<RoutineStep> STEPS = QUICK.stepsFor(Set.of());

    @Test
    void the_tray_says_the_prompt_is_held_for_the_call_the_presentation_or_do_not_disturb() {
        assertThat(HeldWords.tooltip(70, Set.of(Signal.CALL)))
                .isEqualTo("Sitting 70 min \u00b7 break due \u2014 held for your call");
        assertThat(HeldWords.tooltip(70, Set.of(Signal.PRESENTATION)))
                .isEqualTo("Sitting 70 min \u00b7 break due \u2014 held for your presentation");
        assertThat(HeldWords.tooltip(70, Set.of(Signal.DO_NOT_DISTURB)))
                .isEqualTo("Sitting 70 min \u00b7 break due \u2014 held while do-not-disturb is on");
    }

    @Test
    void of_several_reasons_the_call_is_named_first_then_the_presentation() {
        assertThat(HeldWords.tooltip(50, Set.of(Signal.DO_NOT_DISTURB, Signal.PRESENTATION, Signal.CALL)))
                .endsWith("held for your call");
        assertThat(HeldWords.tooltip(50, Set.of(Signal.DO_NOT_DISTURB, Signal.PRESENTATION)))
                .endsWith("held for your presentation");
    }

    @Test
    void a_hold_with_no_reason_named_keeps_the_plain_words() {
        assertThat(HeldWords.tooltip(50, Set.of())).isEqualTo("Sitting 50 min \u00b7 break due \u2014 held");
        assertThat(HeldWords.tooltip(50, Set.of(Signal.IDLE_INHIBITOR)))
                .isEqualTo("Sitting 50 min \u00b7 break due \u2014 held");
    }

    @Test
    void the_card_after_a_call_counts_the_call_in_the_time_sat() {
        assertThat(HeldWords.offer(70, Set.of(Signal.CALL), QUICK, STEPS))
                .startsWith("<html>").contains("You've sat for 1 h 10 min, your call included")
                .contains("Time for a break: Quick reset, 2 min.");
        assertThat(HeldWords.offer(70, Set.of(Signal.CALL, Signal.DO_NOT_DISTURB), QUICK, STEPS))
                .contains("your call included");
    }

    @Test
    void the_card_after_a_presentation_counts_the_presentation() {
        assertThat(HeldWords.offer(95, Set.of(Signal.PRESENTATION), QUICK, STEPS))
                .contains("You've sat for 1 h 35 min, your presentation included");
    }

    @Test
    void the_card_after_do_not_disturb_or_no_hold_is_the_usual_offer() {
        String usual = RoutineWords.offer(70, QUICK, STEPS);
        assertThat(HeldWords.offer(70, Set.of(Signal.DO_NOT_DISTURB), QUICK, STEPS)).isEqualTo(usual);
        assertThat(HeldWords.offer(70, Set.of(), QUICK, STEPS)).isEqualTo(usual).doesNotContain("included");
    }

    @Test
    void the_time_sat_is_said_in_hours_and_minutes() {
        assertThat(HeldWords.timeSat(45)).isEqualTo("45 min");
        assertThat(HeldWords.timeSat(120)).isEqualTo("2 h");
        assertThat(HeldWords.timeSat(70)).isEqualTo("1 h 10 min");
    }

    @Test
    void a_routine_name_from_a_file_is_shown_as_text_after_a_call_too() {
        Routine hostile = new Routine("x", "<img src=http://127.0.0.1:9/x.png>", QUICK.steps());
        assertThat(HeldWords.offer(70, Set.of(Signal.CALL), hostile, hostile.steps()))
                .contains("&lt;img src=").doesNotContain("<img");
    }
}
