package org.unhunch.sitting;

import static org.unhunch.sitting.Observation.DONE;
import static org.unhunch.sitting.Observation.KEY;
import static org.unhunch.sitting.Observation.LOCK;
import static org.unhunch.sitting.Observation.PAUSE;
import static org.unhunch.sitting.Observation.POINTER;
import static org.unhunch.sitting.Observation.RESUME;
import static org.unhunch.sitting.Observation.SKIP;
import static org.unhunch.sitting.Observation.SNOOZE;
import static org.unhunch.sitting.Observation.START;
import static org.unhunch.sitting.Observation.TICK;
import static org.unhunch.sitting.Observation.UNLOCK;
import static org.unhunch.sitting.Observation.WHEEL;
import static org.unhunch.sitting.Timeline.timeline;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every rule of sitting-model.md as a timeline. Unless a test says otherwise the settings are
 * the defaults: sit.limit 45m (2700 s), break.gap 5m (300 s), prompt.pause 3s, prompt.maxWait 60s,
 * prompt.timeout 2m (120 s), snooze 10m (600 s).
 */
class SittingModelRulesTest {

    @Nested
    @DisplayName("rule 1: start")
    class Start {

        @Test
        void first_activity_starts_a_session_with_no_away_time() {
            timeline().at(12.5, KEY).expect("12.5 sitting_started away=none");
        }

        @Test
        void every_kind_of_activity_starts_a_session() {
            timeline().at(1, POINTER).expect("1 sitting_started away=none");
            timeline().at(1, WHEEL).expect("1 sitting_started away=none");
        }

        @Test
        void non_activity_observations_start_nothing() {
            timeline().at(1, TICK).at(2, UNLOCK).at(3, LOCK).at(4, PAUSE).at(5, RESUME).end().expect();
        }

        @Test
        void the_next_session_counts_away_time_from_the_end_of_the_previous_one() {
            timeline().at(0, KEY).at(100, KEY).at(1000, KEY).expect(
                    "0 sitting_started away=none",
                    "400 sitting_ended ended_at=100 sitting=100 idle",
                    "1000 sitting_started away=900");
        }

        @Test
        void the_break_falls_due_sit_limit_after_the_first_activity() {
            timeline().with("sit.limit", "10m").at(5, KEY).typing(100, 600, 100).advanceTo(605).expect(
                    "5 sitting_started away=none",
                    "605 break_due sitting=600",
                    "605 prompt_shown sitting=600");
        }
    }

    @Nested
    @DisplayName("rule 2: activity")
    class Activity {

        @Test
        void activity_while_sitting_postpones_idle() {
            timeline().at(0, KEY).at(299, POINTER).at(598, WHEEL).advanceTo(898).expect(
                    "0 sitting_started away=none",
                    "898 sitting_ended ended_at=598 sitting=598 idle");
        }

        @Test
        void activity_during_a_routine_is_ignored() {
            timeline().at(0, KEY).at(10, START).typing(20, 400, 20).at(401, DONE).expect(
                    "0 sitting_started away=none",
                    "10 sitting_ended ended_at=10 sitting=10 routine",
                    "10 routine_started",
                    "401 break_done duration=391");
        }

        @Test
        void activity_while_locked_does_not_start_a_session() {
            timeline().at(0, LOCK).at(10, KEY).at(20, UNLOCK).at(30, KEY).expect(
                    "30 sitting_started away=none");
        }

        @Test
        void activity_while_locked_does_not_postpone_idle() {
            timeline().at(0, KEY).at(100, LOCK).at(200, KEY).at(350, POINTER).advanceTo(400).expect(
                    "0 sitting_started away=none",
                    "300 sitting_ended ended_at=0 sitting=0 idle");
        }
    }

    @Nested
    @DisplayName("rule 3: idle is a natural break")
    class Idle {

        @Test
        void a_quiet_spell_of_exactly_break_gap_ends_the_session_at_the_last_activity() {
            timeline().at(0, KEY).at(200, KEY).at(500, KEY).expect(
                    "0 sitting_started away=none",
                    "500 sitting_ended ended_at=200 sitting=200 idle",
                    "500 sitting_started away=300");
        }

        @Test
        void a_quiet_spell_just_shorter_than_break_gap_does_not() {
            timeline().at(0, KEY).at(200, KEY).at(499.999, KEY).end().expect(
                    "0 sitting_started away=none",
                    "499.999 sitting_ended ended_at=499.999 sitting=499.999 end");
        }

        @Test
        void idle_ends_a_break_left_pending_by_a_locked_screen() {
            timeline().with("sit.limit", "10m").typing(0, 590, 10).at(595, LOCK).advanceTo(1000).expect(
                    "0 sitting_started away=none",
                    "600 break_due sitting=600",
                    "890 sitting_ended ended_at=590 sitting=590 idle");
        }

        @Test
        void idle_closes_an_open_prompt_without_an_outcome() {
            timeline().with("sit.limit", "10m").with("prompt.timeout", "30m").typing(0, 590, 10)
                    .advanceTo(2000).expect(
                    "0 sitting_started away=none",
                    "600 break_due sitting=600",
                    "600 prompt_shown sitting=600",
                    "890 sitting_ended ended_at=590 sitting=590 idle");
        }

        @Test
        void break_gap_is_configurable() {
            timeline().with("break.gap", "1m").at(0, KEY).at(59, KEY).at(120, KEY).expect(
                    "0 sitting_started away=none",
                    "119 sitting_ended ended_at=59 sitting=59 idle",
                    "120 sitting_started away=61");
        }
    }

    @Nested
    @DisplayName("rules 4 and 5: due, then the prompt at the first pause")
    class DueAndPrompt {

        @Test
        void prompt_waits_for_a_pause_of_prompt_pause_after_the_break_falls_due() {
            timeline().typing(0, 2702, 2).advanceTo(2800).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2705 prompt_shown sitting=2705");
        }

        @Test
        void prompt_shows_at_the_due_moment_when_the_person_is_already_quiet() {
            timeline().typing(0, 2640, 60).advanceTo(2700).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2700 prompt_shown sitting=2700");
        }

        @Test
        void prompt_waits_no_longer_than_prompt_max_wait_for_typing_to_stop() {
            timeline().typing(0, 2800, 2).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2760 prompt_shown sitting=2760");
        }

        @Test
        void prompt_shows_on_the_pause_that_comes_first() {
            timeline().typing(0, 2720, 2).at(2730, KEY).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2723 prompt_shown sitting=2723");
        }

        @Test
        void zero_prompt_pause_shows_at_once_and_zero_max_wait_never_waits() {
            timeline().with("prompt.pause", "0s").typing(0, 2710, 2).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2700 prompt_shown sitting=2700");
            timeline().with("prompt.maxWait", "0s").typing(0, 2710, 2).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2700 prompt_shown sitting=2700");
        }

        @Test
        void a_locked_screen_holds_the_prompt_until_unlock_but_not_the_due_event() {
            timeline().typing(0, 2640, 60).at(2650, LOCK).at(2700, KEY).at(2800, POINTER).at(2890, UNLOCK)
                    .advanceTo(2900).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2890 prompt_shown sitting=2890");
        }

        @Test
        void a_lock_that_ends_before_the_prompt_time_changes_nothing() {
            timeline().typing(0, 2640, 60).at(2650, LOCK).at(2660, UNLOCK).advanceTo(2800).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2700 prompt_shown sitting=2700");
        }

        @Test
        void a_lock_at_the_prompt_instant_comes_after_the_prompt() {
            timeline().typing(0, 2640, 60).at(2700, LOCK).advanceTo(2800).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2700 prompt_shown sitting=2700");
        }

        @Test
        void break_due_reports_sitting_time_of_the_session() {
            timeline().with("sit.limit", "10m").at(0, KEY).at(1000, KEY).typing(1100, 1700, 100).expect(
                    "0 sitting_started away=none",
                    "300 sitting_ended ended_at=0 sitting=0 idle",
                    "1000 sitting_started away=1000",
                    "1600 break_due sitting=600",
                    "1600 prompt_shown sitting=600");
        }
    }

    @Nested
    @DisplayName("rule 6: answers to the prompt")
    class PromptAnswers {

        private Timeline promptAt2700() {
            return timeline().typing(0, 2640, 60).advanceTo(2700);
        }

        private static final String STARTED = "0 sitting_started away=none";
        private static final String DUE = "2700 break_due sitting=2700";
        private static final String SHOWN = "2700 prompt_shown sitting=2700";

        @Test
        void start_ends_the_session_and_starts_the_routine() {
            promptAt2700().at(2710, START).expect(STARTED, DUE, SHOWN,
                    "2710 sitting_ended ended_at=2710 sitting=2710 routine",
                    "2710 routine_started");
        }

        @Test
        void done_without_start_is_a_start_and_a_done_at_the_same_time() {
            promptAt2700().at(2710, DONE).expect(STARTED, DUE, SHOWN,
                    "2710 sitting_ended ended_at=2710 sitting=2710 routine",
                    "2710 routine_started",
                    "2710 break_done duration=0");
        }

        @Test
        void skip_puts_the_next_break_a_whole_sit_limit_later() {
            promptAt2700().at(2710, SKIP).typing(2720, 5420, 60).expect(STARTED, DUE, SHOWN,
                    "2710 break_skipped",
                    "5410 break_due sitting=5410",
                    "5410 prompt_shown sitting=5410");
        }

        @Test
        void snooze_brings_the_prompt_back_after_the_snooze_time() {
            promptAt2700().at(2710, SNOOZE).typing(2720, 3320, 60).expect(STARTED, DUE, SHOWN,
                    "2710 break_snoozed until=3310",
                    "3310 break_due sitting=3310",
                    "3310 prompt_shown sitting=3310");
        }

        @Test
        void an_unanswered_prompt_is_ignored_after_prompt_timeout_and_comes_back_after_snooze() {
            promptAt2700().typing(2760, 3480, 60).expect(STARTED, DUE, SHOWN,
                    "2820 break_ignored",
                    "3420 break_due sitting=3420",
                    "3420 prompt_shown sitting=3420");
        }

        @Test
        void activity_while_the_prompt_is_open_keeps_the_session_going() {
            promptAt2700().typing(2701, 2819, 2).advanceTo(3119).expect(STARTED, DUE, SHOWN,
                    "2820 break_ignored",
                    "3119 sitting_ended ended_at=2819 sitting=2819 idle");
        }
    }

    @Nested
    @DisplayName("rule 7: answers during the routine")
    class RoutineAnswers {

        @Test
        void done_reports_the_routines_length_and_the_person_is_away() {
            timeline().typing(0, 2640, 60).advanceTo(2700).at(2710, START).at(2990, DONE).at(3600, KEY).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2700 prompt_shown sitting=2700",
                    "2710 sitting_ended ended_at=2710 sitting=2710 routine",
                    "2710 routine_started",
                    "2990 break_done duration=280",
                    "3600 sitting_started away=890");
        }

        @Test
        void skip_during_the_routine_is_a_partial_break() {
            timeline().at(0, KEY).at(100, START).at(180, SKIP).at(181, KEY).expect(
                    "0 sitting_started away=none",
                    "100 sitting_ended ended_at=100 sitting=100 routine",
                    "100 routine_started",
                    "180 break_partial duration=80",
                    "181 sitting_started away=81");
        }

        @Test
        void a_routine_runs_as_long_as_it_takes_without_idle_ending_anything() {
            timeline().at(0, KEY).at(100, START).advanceTo(5000).at(5000, DONE).expect(
                    "0 sitting_started away=none",
                    "100 sitting_ended ended_at=100 sitting=100 routine",
                    "100 routine_started",
                    "5000 break_done duration=4900");
        }
    }

    @Nested
    @DisplayName("rule 8: a routine started with no prompt open")
    class SelfStartedRoutine {

        @Test
        void while_sitting_it_ends_the_session_like_a_prompted_start() {
            timeline().at(0, KEY).at(200, START).expect(
                    "0 sitting_started away=none",
                    "200 sitting_ended ended_at=200 sitting=200 routine",
                    "200 routine_started");
        }

        @Test
        void while_the_break_is_pending_it_ends_the_session_too() {
            timeline().typing(0, 2710, 1).at(2710, START).advanceTo(3000).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2710 sitting_ended ended_at=2710 sitting=2710 routine",
                    "2710 routine_started");
        }

        @Test
        void while_away_it_only_starts_the_routine_and_away_time_still_counts_from_the_last_session() {
            timeline().at(0, KEY).at(100, START).at(200, DONE).at(1000, DONE).at(1100, KEY).expect(
                    "0 sitting_started away=none",
                    "100 sitting_ended ended_at=100 sitting=100 routine",
                    "100 routine_started",
                    "200 break_done duration=100",
                    "1000 routine_started",
                    "1000 break_done duration=0",
                    "1100 sitting_started away=1000");
        }

        @Test
        void before_any_session_it_starts_the_routine_and_the_first_session_still_has_no_away_time() {
            timeline().at(10, START).at(50, SKIP).at(60, KEY).expect(
                    "10 routine_started",
                    "50 break_partial duration=40",
                    "60 sitting_started away=none");
        }
    }

    @Nested
    @DisplayName("rule 9: stray answers")
    class StrayAnswers {

        @Test
        void skip_and_snooze_with_nothing_to_answer_are_counted_and_change_nothing() {
            timeline().at(0, SKIP).at(1, SNOOZE).at(2, KEY).at(3, SKIP).at(4, SNOOZE).typing(60, 2760, 60)
                    .expect(
                    "0 stray_answer skip",
                    "1 stray_answer snooze",
                    "2 sitting_started away=none",
                    "3 stray_answer skip",
                    "4 stray_answer snooze",
                    "2702 break_due sitting=2700",
                    "2703 prompt_shown sitting=2701");
        }

        @Test
        void start_or_snooze_during_a_routine_are_stray() {
            timeline().at(0, START).at(5, START).at(6, SNOOZE).at(10, DONE).expect(
                    "0 routine_started",
                    "5 stray_answer start",
                    "6 stray_answer snooze",
                    "10 break_done duration=10");
        }
    }

    @Nested
    @DisplayName("rule 10: lock")
    class Lock {

        @Test
        void idle_is_measured_from_the_last_activity_while_locked() {
            timeline().at(0, KEY).at(10, LOCK).advanceTo(400).at(500, UNLOCK).at(600, KEY).expect(
                    "0 sitting_started away=none",
                    "300 sitting_ended ended_at=0 sitting=0 idle",
                    "600 sitting_started away=600");
        }

        @Test
        void unlock_without_a_pending_break_shows_nothing() {
            timeline().at(0, KEY).at(10, LOCK).at(20, UNLOCK).end().expect(
                    "0 sitting_started away=none",
                    "20 sitting_ended ended_at=0 sitting=0 end");
        }
    }

    @Nested
    @DisplayName("rule 11: pause")
    class Pause {

        @Test
        void while_paused_the_break_does_not_fall_due_and_on_resume_it_falls_due_at_once() {
            timeline().at(0, KEY).at(100, PAUSE).typing(200, 3000, 100).at(3050, RESUME).at(3100, KEY).expect(
                    "0 sitting_started away=none",
                    "3050 break_due sitting=3050",
                    "3050 prompt_shown sitting=3050");
        }

        @Test
        void resume_before_the_due_time_keeps_the_due_time() {
            timeline().at(0, KEY).at(100, PAUSE).at(200, KEY).at(300, RESUME).typing(400, 2700, 100).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2700 prompt_shown sitting=2700");
        }

        @Test
        void pause_closes_an_open_prompt_with_no_outcome() {
            timeline().typing(0, 2640, 60).advanceTo(2700).at(2710, PAUSE).typing(2760, 3600, 60).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2700 prompt_shown sitting=2700");
        }

        @Test
        void pause_takes_a_pending_break_back_to_sitting() {
            timeline().typing(0, 2702, 1).at(2702, PAUSE).typing(2703, 3000, 1).at(3000, RESUME)
                    .advanceTo(3004).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "3000 break_due sitting=3000",
                    "3003 prompt_shown sitting=3003");
        }

        @Test
        void idle_still_ends_sessions_and_activity_still_starts_them_while_paused() {
            timeline().at(0, PAUSE).at(10, KEY).at(20, KEY).at(400, KEY).expect(
                    "10 sitting_started away=none",
                    "320 sitting_ended ended_at=20 sitting=10 idle",
                    "400 sitting_started away=380");
        }

        @Test
        void a_resume_without_a_pause_changes_nothing() {
            timeline().typing(0, 2702, 1).at(2702, RESUME).advanceTo(2800).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2705 prompt_shown sitting=2705");
        }
    }

    @Nested
    @DisplayName("rule 12: end of input")
    class EndOfInput {

        @Test
        void an_open_session_closes_at_its_last_activity_reported_at_the_last_observation() {
            timeline().at(0, KEY).at(100, KEY).at(250, TICK).end().expect(
                    "0 sitting_started away=none",
                    "250 sitting_ended ended_at=100 sitting=100 end");
        }

        @Test
        void an_open_prompt_closes_with_the_session() {
            timeline().typing(0, 2640, 60).at(2750, TICK).end().expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2700 prompt_shown sitting=2700",
                    "2750 sitting_ended ended_at=2640 sitting=2640 end");
        }

        @Test
        void a_routine_under_way_is_left_as_it_is() {
            timeline().at(0, KEY).at(10, START).at(50, TICK).end().expect(
                    "0 sitting_started away=none",
                    "10 sitting_ended ended_at=10 sitting=10 routine",
                    "10 routine_started");
        }

        @Test
        void deadlines_up_to_the_last_observation_fire_before_the_close() {
            timeline().at(0, KEY).at(100, PAUSE).typing(200, 2900, 100).at(3000, RESUME).end().expect(
                    "0 sitting_started away=none",
                    "3000 break_due sitting=3000",
                    "3000 prompt_shown sitting=3000",
                    "3000 sitting_ended ended_at=2900 sitting=2900 end");
        }
    }

    @Nested
    @DisplayName("same-instant order: idle, timeout, due, prompt, then the observation")
    class TieBreaks {

        @Test
        void idle_comes_before_a_break_due_at_the_same_instant() {
            timeline().with("sit.limit", "10m").at(0, KEY).at(200, KEY).at(300, KEY).advanceTo(700).expect(
                    "0 sitting_started away=none",
                    "600 sitting_ended ended_at=300 sitting=300 idle");
        }

        @Test
        void idle_comes_before_a_prompt_timeout_at_the_same_instant() {
            timeline().with("sit.limit", "10m").with("prompt.timeout", "5m").typing(0, 600, 200)
                    .advanceTo(1000).expect(
                    "0 sitting_started away=none",
                    "600 break_due sitting=600",
                    "600 prompt_shown sitting=600",
                    "900 sitting_ended ended_at=600 sitting=600 idle");
        }

        @Test
        void a_prompt_timeout_comes_before_an_answer_at_the_same_instant_which_is_then_stray() {
            timeline().typing(0, 2640, 60).advanceTo(2700).at(2820, SNOOZE).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2700 prompt_shown sitting=2700",
                    "2820 break_ignored",
                    "2820 stray_answer snooze");
        }

        @Test
        void deadlines_at_an_observations_instant_come_before_it() {
            timeline().typing(0, 2640, 60).at(2700, SKIP).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2700 prompt_shown sitting=2700",
                    "2700 break_skipped");
        }

        @Test
        void idle_at_an_activitys_instant_ends_the_session_before_the_activity_starts_a_new_one() {
            timeline().at(0, KEY).at(300, KEY).expect(
                    "0 sitting_started away=none",
                    "300 sitting_ended ended_at=0 sitting=0 idle",
                    "300 sitting_started away=300");
        }

        @Test
        void observations_at_the_same_instant_are_handled_in_the_order_received() {
            timeline().at(0, KEY).at(10, START, DONE, START).expect(
                    "0 sitting_started away=none",
                    "10 sitting_ended ended_at=10 sitting=10 routine",
                    "10 routine_started",
                    "10 break_done duration=0",
                    "10 routine_started");
            timeline().at(0, KEY).at(10, DONE, START, START).expect(
                    "0 sitting_started away=none",
                    "10 sitting_ended ended_at=10 sitting=10 routine",
                    "10 routine_started",
                    "10 break_done duration=0",
                    "10 routine_started",
                    "10 stray_answer start");
        }
    }
}
