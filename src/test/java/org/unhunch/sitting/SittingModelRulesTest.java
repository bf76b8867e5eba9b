package org.unhunch.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unhunch.sitting.Observation.BUSY;
import static org.unhunch.sitting.Observation.DISENGAGED;
import static org.unhunch.sitting.Observation.DONE;
import static org.unhunch.sitting.Observation.ENGAGED;
import static org.unhunch.sitting.Observation.FREE;
import static org.unhunch.sitting.Observation.INPUT;
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
import static org.unhunch.sitting.Timeline.nanos;
import static org.unhunch.sitting.Timeline.timeline;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every rule of sitting-model.md as a timeline. Unless a test says otherwise the settings are
 * the defaults: sit.limit 45m (2700 s), break.gap 5m (300 s), prompt.pause 3s, prompt.maxWait 60s,
 * prompt.timeout 2m (120 s), snooze 10m (600 s), engaged.limit 2h (7200 s).
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
            timeline().at(1, INPUT).expect("1 sitting_started away=none");
        }

        @Test
        void non_activity_observations_start_nothing() {
            timeline().at(1, TICK).at(2, UNLOCK).at(3, LOCK).at(4, PAUSE).at(5, RESUME).at(6, ENGAGED)
                    .at(7, BUSY).at(8, FREE).at(9, DISENGAGED).end().expect();
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
        void input_of_no_known_kind_postpones_idle_like_any_other() {
            timeline().at(0, KEY).at(299, INPUT).advanceTo(599).expect(
                    "0 sitting_started away=none",
                    "599 sitting_ended ended_at=299 sitting=299 idle");
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
    @DisplayName("rule 3: while present (engaged, not locked) the idle limit is engaged.limit")
    class IdleWhileEngaged {

        @Test
        void a_quiet_spell_longer_than_break_gap_does_not_end_the_session_while_engaged() {
            timeline().with("sit.limit", "3h").at(0, KEY).at(10, ENGAGED).at(7000, KEY).end().expect(
                    "0 sitting_started away=none",
                    "7000 sitting_ended ended_at=7000 sitting=7000 end");
        }

        @Test
        void no_input_for_engaged_limit_ends_the_session_at_the_last_activity() {
            timeline().with("sit.limit", "3h").at(0, KEY).at(10, ENGAGED).at(20, KEY).advanceTo(8000).expect(
                    "0 sitting_started away=none",
                    "7220 sitting_ended ended_at=20 sitting=20 idle");
        }

        @Test
        void engaged_limit_is_configurable() {
            timeline().with("sit.limit", "3h").with("engaged.limit", "10m").at(0, KEY).at(10, ENGAGED).at(20, KEY)
                    .advanceTo(1000).expect(
                    "0 sitting_started away=none",
                    "620 sitting_ended ended_at=20 sitting=20 idle");
        }

        @Test
        void engaged_behind_a_locked_screen_is_not_present_so_break_gap_applies() {
            timeline().at(0, KEY).at(10, LOCK).at(20, ENGAGED).advanceTo(1000).expect(
                    "0 sitting_started away=none",
                    "300 sitting_ended ended_at=0 sitting=0 idle");
        }

        @Test
        void an_open_prompt_closes_when_engaged_limit_ends_the_session() {
            timeline().with("sit.limit", "10m").with("engaged.limit", "10m").with("prompt.timeout", "30m")
                    .at(0, KEY).at(5, ENGAGED).advanceTo(2000).expect(
                    "0 sitting_started away=none",
                    "600 break_due sitting=600",
                    "600 prompt_shown sitting=600",
                    "605 sitting_ended ended_at=5 sitting=5 idle");
        }

        @Test
        void idle_by_engaged_limit_comes_before_a_break_due_at_the_same_instant() {
            timeline().with("sit.limit", "10m").with("engaged.limit", "10m").at(0, KEY, ENGAGED).advanceTo(700)
                    .expect(
                    "0 sitting_started away=none",
                    "600 sitting_ended ended_at=0 sitting=0 idle");
        }

        @Test
        void leaving_after_a_spell_longer_than_break_gap_counts_break_gap_from_the_leaving() {
            timeline().with("sit.limit", "3h").at(0, KEY).at(10, ENGAGED).at(5000, DISENGAGED).advanceTo(6000)
                    .expect(
                    "0 sitting_started away=none",
                    "5300 sitting_ended ended_at=5000 sitting=5000 idle");
        }

        @Test
        void engaged_limit_running_out_at_the_instant_of_a_disengage_ends_the_session_first() {
            timeline().with("sit.limit", "3h").with("engaged.limit", "10m").at(0, KEY).at(10, ENGAGED)
                    .at(610, DISENGAGED).advanceTo(1000).expect(
                    "0 sitting_started away=none",
                    "610 sitting_ended ended_at=10 sitting=10 idle");
            timeline().with("sit.limit", "3h").with("engaged.limit", "10m").at(0, KEY).at(10, ENGAGED)
                    .at(609, DISENGAGED).advanceTo(1000).expect(
                    "0 sitting_started away=none",
                    "909 sitting_ended ended_at=609 sitting=609 idle");
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
    @DisplayName("rule 12: engaged")
    class Engaged {

        @Test
        void the_start_of_engagement_counts_as_activity_at_its_moment() {
            timeline().with("sit.limit", "3h").with("engaged.limit", "10m").at(0, KEY).at(200, ENGAGED)
                    .advanceTo(1000).expect(
                    "0 sitting_started away=none",
                    "800 sitting_ended ended_at=200 sitting=200 idle");
        }

        @Test
        void ending_a_call_counts_as_activity_at_its_moment() {
            timeline().at(0, KEY).at(200, ENGAGED).at(250, DISENGAGED).advanceTo(1000).expect(
                    "0 sitting_started away=none",
                    "550 sitting_ended ended_at=250 sitting=250 idle");
        }

        @Test
        void a_lock_during_a_call_ends_the_session_at_the_lock_once_break_gap_has_passed() {
            timeline().with("sit.limit", "3h").at(0, KEY).at(100, ENGAGED).at(4000, LOCK).advanceTo(5000).expect(
                    "0 sitting_started away=none",
                    "4300 sitting_ended ended_at=4000 sitting=4000 idle");
        }

        @Test
        void an_unlock_during_a_call_counts_as_activity_and_engaged_limit_applies_again() {
            timeline().with("sit.limit", "3h").at(0, KEY).at(100, ENGAGED).at(200, LOCK).at(450, UNLOCK)
                    .advanceTo(8000).expect(
                    "0 sitting_started away=none",
                    "7650 sitting_ended ended_at=450 sitting=450 idle");
        }

        @Test
        void a_change_of_presence_while_the_break_is_pending_moves_the_prompt_like_activity() {
            timeline().typing(0, 2701, 1).at(2703, ENGAGED).advanceTo(2800).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2706 prompt_shown sitting=2706");
        }

        @Test
        void a_lock_during_a_call_with_the_prompt_open_ends_the_session_at_the_lock() {
            timeline().with("prompt.timeout", "30m").typing(0, 2640, 60).at(2750, ENGAGED).at(2760, LOCK)
                    .advanceTo(4000).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2700 prompt_shown sitting=2700",
                    "3060 sitting_ended ended_at=2760 sitting=2760 idle");
        }

        @Test
        void an_unlock_shows_a_waiting_prompt_before_it_counts_as_activity() {
            timeline().with("prompt.maxWait", "10m").typing(0, 2640, 60).at(2650, ENGAGED).at(2660, LOCK)
                    .at(2800, UNLOCK).advanceTo(2900).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2800 prompt_shown sitting=2800");
        }

        @Test
        void engagement_while_away_never_starts_a_session_but_holds_the_next_one() {
            timeline().with("sit.limit", "3h").at(0, ENGAGED).advanceTo(5000).at(5000, KEY).at(5100, KEY)
                    .advanceTo(12400).expect(
                    "5000 sitting_started away=none",
                    "12300 sitting_ended ended_at=5100 sitting=100 idle");
        }

        @Test
        void engagement_after_a_session_ended_starts_nothing_and_leaves_the_away_time_alone() {
            timeline().at(0, KEY).advanceTo(300).at(400, ENGAGED).at(500, DISENGAGED).at(600, KEY).expect(
                    "0 sitting_started away=none",
                    "300 sitting_ended ended_at=0 sitting=0 idle",
                    "600 sitting_started away=600");
        }

        @Test
        void engagement_during_a_routine_only_sets_the_flag() {
            timeline().at(0, KEY).at(10, START).at(20, ENGAGED).at(30, DISENGAGED).at(40, DONE).at(45, ENGAGED)
                    .at(50, TICK).end().expect(
                    "0 sitting_started away=none",
                    "10 sitting_ended ended_at=10 sitting=10 routine",
                    "10 routine_started",
                    "40 break_done duration=30");
        }

        @Test
        void engagement_while_locked_only_sets_the_flag() {
            timeline().at(0, KEY).at(10, LOCK).at(100, ENGAGED).at(200, DISENGAGED).advanceTo(400).expect(
                    "0 sitting_started away=none",
                    "300 sitting_ended ended_at=0 sitting=0 idle");
            timeline().at(0, LOCK).at(10, ENGAGED).at(20, DISENGAGED).at(30, ENGAGED).end().expect();
        }

        @Test
        void a_repeated_engaged_or_a_disengaged_while_not_engaged_changes_nothing() {
            timeline().with("sit.limit", "3h").with("engaged.limit", "10m").at(0, KEY).at(100, ENGAGED)
                    .at(200, ENGAGED).advanceTo(1000).expect(
                    "0 sitting_started away=none",
                    "700 sitting_ended ended_at=100 sitting=100 idle");
            timeline().at(0, KEY).at(100, DISENGAGED).advanceTo(1000).expect(
                    "0 sitting_started away=none",
                    "300 sitting_ended ended_at=0 sitting=0 idle");
        }

        @Test
        void the_model_tells_whether_the_person_is_engaged() {
            SittingModel model = new SittingModel(SittingSettings.DEFAULTS, event -> { });
            model.observe(ENGAGED, 0);
            assertThat(model.isEngaged()).isTrue();
            assertThat(model.flow()).isEqualTo(BreakFlow.AWAY);
            model.observe(DISENGAGED, 1);
            assertThat(model.isEngaged()).isFalse();
        }
    }

    @Nested
    @DisplayName("rule 13: busy")
    class Busy {

        private static final String STARTED = "0 sitting_started away=none";
        private static final String DUE = "2700 break_due sitting=2700";
        private static final String HELD = "2700 prompt_held sitting=2700";

        /** Quiet from 2640, busy from 2650: the prompt is held when the break falls due at 2700. */
        private Timeline heldAt2700() {
            return timeline().typing(0, 2640, 60).at(2650, BUSY).advanceTo(2700);
        }

        @Test
        void the_break_falls_due_on_time_and_the_prompt_is_held_not_shown_however_long_busy_lasts() {
            timeline().typing(0, 2640, 60).at(2650, BUSY).typing(2700, 3600, 60).end().expect(STARTED, DUE, HELD,
                    "3600 sitting_ended ended_at=3600 sitting=3600 end");
        }

        @Test
        void the_prompt_is_held_at_the_moment_rule_5_would_show_it() {
            timeline().typing(0, 1980, 60).at(2000, BUSY).typing(2001, 2710, 1).advanceTo(2800).expect(STARTED, DUE,
                    "2713 prompt_held sitting=2713");
            timeline().typing(0, 1980, 60).at(2000, BUSY).typing(2001, 3200, 2).advanceTo(3300).expect(STARTED, DUE,
                    "2760 prompt_held sitting=2760");
        }

        @Test
        void a_prompt_due_at_an_unlock_is_held_if_the_person_is_busy_then() {
            timeline().typing(0, 2640, 60).at(2650, LOCK).at(2660, BUSY).at(2800, UNLOCK).advanceTo(2900)
                    .expect(STARTED, DUE, "2800 prompt_held sitting=2800");
        }

        @Test
        void a_held_prompt_keeps_the_break_pending_and_nothing_answers_it() {
            SittingModel model = new SittingModel(SittingSettings.DEFAULTS, event -> { });
            for (int t = 0; t <= 2640; t += 60) {
                model.observe(KEY, nanos(t));
            }
            model.observe(BUSY, nanos(2650));
            model.advanceTo(nanos(2700));
            assertThat(model.flow()).isEqualTo(BreakFlow.PENDING);
            assertThat(model.isHeld()).isTrue();
            assertThat(model.isBusy()).isTrue();
            assertThat(model.nextDeadline()).as("only idle is pending").hasValue(nanos(2940));
            heldAt2700().at(2750, SKIP).at(2760, SNOOZE).advanceTo(2800).expect(STARTED, DUE, HELD,
                    "2750 stray_answer skip",
                    "2760 stray_answer snooze");
        }

        @Test
        void idle_still_ends_a_session_whose_prompt_is_held() {
            heldAt2700().advanceTo(3000).expect(STARTED, DUE, HELD,
                    "2940 sitting_ended ended_at=2640 sitting=2640 idle");
        }

        @Test
        void a_routine_started_while_held_ends_the_session_as_in_pending() {
            heldAt2700().at(2750, START).expect(STARTED, DUE, HELD,
                    "2750 sitting_ended ended_at=2750 sitting=2750 routine",
                    "2750 routine_started");
        }

        @Test
        void busy_while_the_prompt_is_open_closes_it_and_holds_it() {
            timeline().typing(0, 2640, 60).advanceTo(2700).at(2710, BUSY).advanceTo(3000).expect(STARTED, DUE,
                    "2700 prompt_shown sitting=2700",
                    "2710 prompt_held sitting=2710",
                    "2940 sitting_ended ended_at=2640 sitting=2640 idle");
        }

        @Test
        void free_brings_a_prompt_closed_by_busy_back_at_the_first_pause() {
            timeline().typing(0, 2640, 60).advanceTo(2700).at(2710, BUSY).at(2729, KEY).at(2730, FREE)
                    .at(2731, KEY).advanceTo(2800).expect(STARTED, DUE,
                    "2700 prompt_shown sitting=2700",
                    "2710 prompt_held sitting=2710",
                    "2734 prompt_shown sitting=2734");
        }

        @Test
        void free_shows_a_held_prompt_at_once_when_the_person_is_quiet() {
            heldAt2700().at(2900, FREE).advanceTo(2920).expect(STARTED, DUE, HELD,
                    "2900 prompt_shown sitting=2900");
        }

        @Test
        void free_shows_a_held_prompt_at_the_first_pause_in_typing_after_it() {
            heldAt2700().typing(2760, 3000, 60).at(3001, FREE).at(3002, KEY).at(3004, KEY).advanceTo(3100)
                    .expect(STARTED, DUE, HELD,
                    "3007 prompt_shown sitting=3007");
        }

        @Test
        void free_shows_a_held_prompt_no_later_than_prompt_max_wait_after_it() {
            timeline().typing(0, 1980, 60).at(2000, BUSY).typing(2001, 3000, 2).at(3001, FREE, KEY)
                    .typing(3003, 3150, 2).advanceTo(3180).expect(
                    STARTED, DUE,
                    "2760 prompt_held sitting=2760",
                    "3061 prompt_shown sitting=3061");
        }

        @Test
        void free_while_held_behind_a_locked_screen_shows_the_prompt_at_the_unlock() {
            heldAt2700().at(2750, LOCK).at(2800, FREE).at(2850, UNLOCK).advanceTo(2900).expect(STARTED, DUE, HELD,
                    "2850 prompt_shown sitting=2850");
        }

        @Test
        void an_unlock_while_still_busy_does_not_hold_the_prompt_again() {
            heldAt2700().at(2710, LOCK).at(2720, UNLOCK).advanceTo(2800).expect(STARTED, DUE, HELD);
        }

        @Test
        void a_busy_spell_that_ends_before_the_prompt_time_leaves_the_prompt_time_as_it_was() {
            timeline().typing(0, 2748, 2).at(2750, KEY, BUSY).at(2752, KEY).at(2754, KEY).at(2755, FREE)
                    .typing(2756, 2800, 2).advanceTo(2870).expect(STARTED, DUE,
                    "2760 prompt_shown sitting=2760");
        }

        @Test
        void busy_and_free_before_the_break_falls_due_change_nothing_and_repeats_change_nothing() {
            timeline().at(0, KEY).at(60, KEY, FREE).at(120, KEY, BUSY).at(180, KEY, BUSY).at(240, KEY, FREE)
                    .at(300, KEY, FREE).typing(360, 2640, 60).advanceTo(2750).expect(STARTED, DUE,
                    "2700 prompt_shown sitting=2700");
            heldAt2700().at(2710, BUSY).at(2720, KEY).advanceTo(2800).expect(STARTED, DUE, HELD);
        }

        @Test
        void pause_clears_the_hold_and_the_break_falls_due_again_at_the_resume() {
            heldAt2700().at(2710, PAUSE).at(2730, RESUME).advanceTo(2800).expect(STARTED, DUE, HELD,
                    "2730 break_due sitting=2730",
                    "2730 prompt_held sitting=2730");
            heldAt2700().at(2710, PAUSE).at(2720, FREE).advanceTo(2725).at(2730, RESUME).advanceTo(2800).expect(
                    STARTED, DUE, HELD,
                    "2730 break_due sitting=2730",
                    "2730 prompt_shown sitting=2730");
        }

        @Test
        void a_new_break_falling_due_starts_unheld_and_is_held_anew_if_the_person_is_still_busy() {
            timeline().with("sit.limit", "10m").at(0, KEY).at(10, BUSY).typing(60, 660, 60).at(700, START)
                    .at(800, DONE).typing(900, 1560, 60).at(1600, FREE).advanceTo(1610).expect(
                    STARTED,
                    "600 break_due sitting=600",
                    "600 prompt_held sitting=600",
                    "700 sitting_ended ended_at=700 sitting=700 routine",
                    "700 routine_started",
                    "800 break_done duration=100",
                    "900 sitting_started away=200",
                    "1500 break_due sitting=600",
                    "1500 prompt_held sitting=600",
                    "1600 prompt_shown sitting=700");
        }

        @Test
        void a_snoozed_break_falling_due_while_busy_is_held_anew() {
            heldAt2700().at(2710, FREE).at(2720, SNOOZE).typing(2760, 2940, 60).at(3000, BUSY).typing(3000, 3300, 60)
                    .at(3400, FREE)
                    .advanceTo(3410).expect(STARTED, DUE, HELD,
                    "2710 prompt_shown sitting=2710",
                    "2720 break_snoozed until=3320",
                    "3320 break_due sitting=3320",
                    "3320 prompt_held sitting=3320",
                    "3400 prompt_shown sitting=3400");
        }

        @Test
        void a_routine_under_way_is_not_affected_by_busy() {
            timeline().at(0, KEY).at(10, START).at(20, BUSY).at(30, FREE).at(40, BUSY).at(300, DONE).expect(
                    STARTED,
                    "10 sitting_ended ended_at=10 sitting=10 routine",
                    "10 routine_started",
                    "300 break_done duration=290");
        }
    }

    @Nested
    @DisplayName("rule 14: end of input")
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
        void a_prompt_due_at_the_instant_the_person_becomes_busy_is_shown_then_held() {
            timeline().typing(0, 2640, 60).at(2700, BUSY).advanceTo(2800).expect(
                    "0 sitting_started away=none",
                    "2700 break_due sitting=2700",
                    "2700 prompt_shown sitting=2700",
                    "2700 prompt_held sitting=2700");
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
