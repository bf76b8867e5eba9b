package org.unhunch.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unhunch.sitting.Observation.BUSY;
import static org.unhunch.sitting.Observation.DISENGAGED;
import static org.unhunch.sitting.Observation.DONE;
import static org.unhunch.sitting.Observation.ENGAGED;
import static org.unhunch.sitting.Observation.FREE;
import static org.unhunch.sitting.Observation.KEY;
import static org.unhunch.sitting.Observation.PAUSE;
import static org.unhunch.sitting.Observation.RESUME;
import static org.unhunch.sitting.Observation.SKIP;
import static org.unhunch.sitting.Observation.SNOOZE;
import static org.unhunch.sitting.Observation.START;
import static org.unhunch.sitting.Timeline.timeline;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Settings changed while the model runs (the live agent applies them at a wake-up). Defaults:
 * sit.limit 45m (2700 s), break.gap 5m (300 s), prompt.pause 3s, prompt.maxWait 60s, prompt.timeout
 * 2m (120 s), snooze 10m (600 s), engaged.limit 2h (7200 s).
 */
class SittingModelReconfigureTest {

    @Test
    void a_longer_sit_limit_moves_a_break_not_yet_due_later() {
        timeline().typing(0, 540, 60).change(600, "sit.limit", "1h").typing(660, 3600, 60).advanceTo(3700).expect(
                "0 sitting_started away=none",
                "3600 break_due sitting=3600",
                "3600 prompt_shown sitting=3600");
    }

    @Test
    void a_shorter_sit_limit_counts_from_the_session_start() {
        timeline().typing(0, 240, 60).change(300, "sit.limit", "15m").typing(360, 960, 60).advanceTo(1000).expect(
                "0 sitting_started away=none",
                "900 break_due sitting=900",
                "900 prompt_shown sitting=900");
    }

    @Test
    void a_sit_limit_shorter_than_the_time_already_sat_makes_the_break_due_at_once() {
        timeline().typing(0, 1230, 1).change(1230, "sit.limit", "10m").advanceTo(1300).expect(
                "0 sitting_started away=none",
                "1230 break_due sitting=1230",
                "1233 prompt_shown sitting=1233");
    }

    @Test
    void after_a_snooze_a_new_snooze_length_counts_from_the_snooze() {
        timeline().typing(0, 2700, 1).at(2705, SNOOZE).typing(2710, 2790, 10).change(2800, "snooze", "5m")
                .typing(2810, 3100, 10).expect(
                "0 sitting_started away=none",
                "2700 break_due sitting=2700",
                "2703 prompt_shown sitting=2703",
                "2705 break_snoozed until=3305",
                "3005 break_due sitting=3005",
                "3005 prompt_shown sitting=3005");
    }

    @Test
    void after_a_skip_a_new_sit_limit_counts_from_the_skip() {
        timeline().typing(0, 2700, 1).at(2705, SKIP).typing(2710, 2790, 10).change(2800, "sit.limit", "20m")
                .typing(2810, 3990, 10).expect(
                "0 sitting_started away=none",
                "2700 break_due sitting=2700",
                "2703 prompt_shown sitting=2703",
                "2705 break_skipped",
                "3905 break_due sitting=3905",
                "3905 prompt_shown sitting=3905");
    }

    @Test
    void a_shorter_break_gap_than_the_silence_so_far_ends_the_session_now_at_its_last_activity() {
        timeline().at(0, KEY).at(100, KEY).change(250, "break.gap", "1m").advanceTo(400).expect(
                "0 sitting_started away=none",
                "250 sitting_ended ended_at=100 sitting=100 idle");
    }

    @Test
    void a_shorter_prompt_timeout_than_the_prompt_has_been_up_counts_it_ignored_now() {
        timeline().typing(0, 2700, 10).change(2800, "prompt.timeout", "30s").advanceTo(2900).expect(
                "0 sitting_started away=none",
                "2700 break_due sitting=2700",
                "2700 prompt_shown sitting=2700",
                "2800 break_ignored");
    }

    @Test
    void a_break_already_due_stays_due_when_the_limit_grows() {
        timeline().typing(0, 2710, 1).change(2710, "sit.limit", "1h").typing(2711, 2720, 1).advanceTo(2725).expect(
                "0 sitting_started away=none",
                "2700 break_due sitting=2700",
                "2723 prompt_shown sitting=2723");
    }

    @Test
    void while_paused_a_changed_limit_applies_on_resume() {
        timeline().at(0, KEY, PAUSE).typing(60, 180, 60).change(200, "sit.limit", "15m").typing(260, 980, 60)
                .at(1000, RESUME).advanceTo(1010).expect(
                "0 sitting_started away=none",
                "1000 break_due sitting=1000",
                "1000 prompt_shown sitting=1000");
    }

    @Test
    void a_routine_under_way_is_not_touched_and_the_next_session_uses_the_new_limit() {
        timeline().at(0, KEY).at(10, START).change(20, "sit.limit", "10m").at(300, DONE).at(400, KEY).typing(410, 1010, 10)
                .advanceTo(1010).expect(
                "0 sitting_started away=none",
                "10 sitting_ended ended_at=10 sitting=10 routine",
                "10 routine_started",
                "300 break_done duration=290",
                "400 sitting_started away=390",
                "1000 break_due sitting=600",
                "1000 prompt_shown sitting=600");
    }

    @Test
    void a_break_due_before_a_pause_stays_due_at_the_resume_whatever_the_new_limit() {
        timeline().typing(0, 2720, 1).at(2730, PAUSE).typing(2740, 2790, 10).change(2800, "sit.limit", "1h")
                .typing(2810, 2990, 10).at(3000, RESUME).advanceTo(3001).expect(
                "0 sitting_started away=none",
                "2700 break_due sitting=2700",
                "2723 prompt_shown sitting=2723",
                "3000 break_due sitting=3000",
                "3000 prompt_shown sitting=3000");
    }

    @Test
    void deadlines_moved_to_the_same_moment_keep_the_contracts_order_so_leaving_is_not_also_ignoring() {
        timeline().with("break.gap", "30m").with("prompt.timeout", "30m").typing(0, 2700, 60)
                .change(3300, "break.gap", "5m", "prompt.timeout", "2m").advanceTo(3400).expect(
                "0 sitting_started away=none",
                "2700 break_due sitting=2700",
                "2700 prompt_shown sitting=2700",
                "3300 sitting_ended ended_at=2700 sitting=2700 idle");
    }

    @Test
    void a_shorter_engaged_limit_than_the_quiet_spell_so_far_ends_the_session_now_at_its_last_activity() {
        timeline().with("sit.limit", "3h").at(0, KEY).at(10, ENGAGED).change(1000, "engaged.limit", "10m")
                .advanceTo(2000).expect(
                "0 sitting_started away=none",
                "1000 sitting_ended ended_at=10 sitting=10 idle");
    }

    @Test
    void a_shorter_break_gap_does_not_end_a_session_held_by_engagement_and_applies_once_it_ends() {
        timeline().with("sit.limit", "3h").at(0, KEY).at(10, ENGAGED).change(400, "break.gap", "1m")
                .at(1000, DISENGAGED).advanceTo(1100).expect(
                "0 sitting_started away=none",
                "1060 sitting_ended ended_at=1000 sitting=1000 idle");
    }

    @Test
    void a_held_prompt_stays_held_through_a_change_of_settings() {
        timeline().typing(0, 2640, 60).at(2650, BUSY).change(2710, "prompt.maxWait", "10m").at(2720, FREE)
                .advanceTo(2730).expect(
                "0 sitting_started away=none",
                "2700 break_due sitting=2700",
                "2700 prompt_held sitting=2700",
                "2720 prompt_shown sitting=2720");
    }

    @Test
    void the_next_deadline_never_lies_before_the_change() {
        SittingModel model = new SittingModel(SittingSettings.DEFAULTS, event -> { });
        model.observe(KEY, 0);
        model.advanceTo(Timeline.nanos(250));
        model.reconfigure(new org.unhunch.settings.ModelSettingsBuilder().set("break.gap", "1m").build());
        assertThat(model.nextDeadline()).isEqualTo(OptionalLong.of(Timeline.nanos(250)));
    }
}
