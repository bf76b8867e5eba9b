package org.unhunch.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unhunch.sitting.EndReason;
import org.unhunch.sitting.EventField;
import org.unhunch.sitting.EventFields;
import org.unhunch.sitting.EventType;

class DailySummaryTest {

    private static final Duration LIMIT = Duration.ofMinutes(45);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId UTC = ZoneOffset.UTC;

    private static LoggedEvent session(String endedAt, Duration length, EndReason reason) {
        OffsetDateTime end = OffsetDateTime.parse(endedAt);
        return new LoggedEvent(reason == EndReason.IDLE ? end.plusMinutes(5) : end,
                EventFields.<OffsetDateTime>of(EventType.SITTING_ENDED).moment(EventField.ENDED_AT, end).seconds(EventField.SITTING_S, length).reason(reason), null, null);
    }

    private static LoggedEvent event(String at, EventType type) {
        return LoggedEvent.of(OffsetDateTime.parse(at), type);
    }

    @Test
    void a_day_adds_up_sitting_longest_stretch_stretches_over_the_limit_and_outcomes() {
        List<LoggedEvent> events = List.of(
                session("2026-11-24T10:00:00+01:00", Duration.ofMinutes(50), EndReason.ROUTINE),
                event("2026-11-24T09:55:00+01:00", EventType.BREAK_DUE),
                event("2026-11-24T10:05:00+01:00", EventType.BREAK_DONE),
                session("2026-11-24T11:00:00+01:00", Duration.ofMinutes(30), EndReason.IDLE),
                event("2026-11-24T14:00:00+01:00", EventType.BREAK_DUE),
                event("2026-11-24T14:01:00+01:00", EventType.BREAK_SNOOZED),
                event("2026-11-24T14:11:00+01:00", EventType.BREAK_DUE),
                event("2026-11-24T14:13:00+01:00", EventType.BREAK_IGNORED),
                event("2026-11-24T15:00:00+01:00", EventType.BREAK_DUE),
                event("2026-11-24T15:01:00+01:00", EventType.BREAK_SKIPPED));
        DailySummary day = DailySummary.of(events, LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-24"),
                BERLIN, LIMIT).get(0);
        assertThat(day.sitting()).isEqualTo(Duration.ofMinutes(80));
        assertThat(day.longestStretch()).isEqualTo(Duration.ofMinutes(50));
        assertThat(day.stretchesOverLimit()).isEqualTo(1);
        assertThat(day.breaksDue()).as("the 14:00 break, snoozed, ignored, then skipped, is one break").isEqualTo(2);
        assertThat(day.breaksTaken()).isEqualTo(1);
        assertThat(day.done()).isEqualTo(1);
        assertThat(day.snoozed()).isEqualTo(1);
        assertThat(day.ignored()).isEqualTo(1);
        assertThat(day.skipped()).isEqualTo(1);
        assertThat(day.held()).isZero();
        assertThat(day.naturalBreaks()).isEqualTo(1);
        assertThat(day.compliance()).hasValue(0.5);
    }

    @Test
    void a_break_held_through_a_call_is_one_break_due_and_taken_when_the_routine_is_done_after_it() {
        List<LoggedEvent> events = List.of(
                event("2026-11-24T09:00:00+01:00", EventType.SITTING_STARTED),
                event("2026-11-24T09:45:00+01:00", EventType.BREAK_DUE),
                event("2026-11-24T09:45:00+01:00", EventType.PROMPT_HELD),
                event("2026-11-24T10:20:00+01:00", EventType.PROMPT_SHOWN),
                session("2026-11-24T10:21:00+01:00", Duration.ofMinutes(81), EndReason.ROUTINE),
                event("2026-11-24T10:21:00+01:00", EventType.ROUTINE_STARTED),
                event("2026-11-24T10:26:00+01:00", EventType.BREAK_DONE));
        DailySummary day = DailySummary.of(events, LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-24"),
                BERLIN, LIMIT).get(0);
        assertThat(day.breaksDue()).isEqualTo(1);
        assertThat(day.breaksTaken()).isEqualTo(1);
        assertThat(day.done()).isEqualTo(1);
        assertThat(day.ignored()).isZero();
        assertThat(day.held()).isEqualTo(1);
        assertThat(day.sitting()).isEqualTo(Duration.ofMinutes(81));
    }

    @Test
    void each_prompt_held_counts_on_the_day_it_was_held() {
        List<DailySummary> days = DailySummary.of(List.of(
                        event("2026-11-24T23:45:00+01:00", EventType.BREAK_DUE),
                        event("2026-11-24T23:45:00+01:00", EventType.PROMPT_HELD),
                        event("2026-11-25T00:11:00+01:00", EventType.PROMPT_HELD),
                        event("2026-11-25T00:41:00+01:00", EventType.BREAK_SNOOZED)),
                LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-25"), BERLIN, LIMIT);
        assertThat(days).extracting(DailySummary::held).as("held at 23:45, shown and held again after midnight")
                .containsExactly(1, 1);
        assertThat(days).extracting(DailySummary::breaksDue).containsExactly(1, 0);
        assertThat(days).extracting(DailySummary::snoozed).containsExactly(0, 1);
    }

    @Test
    void a_session_across_midnight_counts_toward_each_day_by_its_share() {
        List<DailySummary> days = DailySummary.of(
                List.of(session("2026-11-25T00:30:00+01:00", Duration.ofMinutes(90), EndReason.IDLE)),
                LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-25"), BERLIN, LIMIT);
        assertThat(days).extracting(DailySummary::sitting)
                .containsExactly(Duration.ofMinutes(60), Duration.ofMinutes(30));
        assertThat(days.get(1).stretchesOverLimit()).as("counted once, on the day it ended").isEqualTo(1);
        assertThat(days.get(0).stretchesOverLimit()).isZero();
    }

    @Test
    void sessions_a_log_claims_overlap_count_once() {
        List<DailySummary> days = DailySummary.of(
                List.of(session("2026-11-24T11:00:00+01:00", Duration.ofHours(1), EndReason.IDLE),
                        session("2026-11-24T11:30:00+01:00", Duration.ofHours(1), EndReason.IDLE),
                        session("2026-11-24T23:00:00+01:00", Duration.ofHours(20), EndReason.IDLE),
                        session("2026-11-24T22:00:00+01:00", Duration.ofHours(20), EndReason.IDLE)),
                LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-24"), BERLIN, LIMIT);
        assertThat(days.get(0).sitting()).as("02:00 to 23:00, the two short ones inside it")
                .isEqualTo(Duration.ofHours(21));
        assertThat(days.get(0).longestStretch()).isEqualTo(Duration.ofHours(20));

        DailySummary apart = DailySummary.of(
                List.of(session("2026-11-24T11:00:00+01:00", Duration.ofHours(1), EndReason.IDLE),
                        session("2026-11-24T11:30:00+01:00", Duration.ofHours(1), EndReason.IDLE)),
                LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-24"), BERLIN, LIMIT).get(0);
        assertThat(apart.sitting()).as("10:00 to 11:30").isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void a_day_the_clocks_go_forward_holds_23_hours_of_sitting_and_one_they_go_back_25() {
        List<DailySummary> spring = DailySummary.of(
                List.of(session("2026-03-30T01:00:00+02:00", Duration.ofHours(30), EndReason.IDLE),
                        session("2026-03-29T12:00:00+02:00", Duration.ofHours(2), EndReason.IDLE)),
                LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-30"), BERLIN, LIMIT);
        assertThat(spring).extracting(DailySummary::sitting)
                .containsExactly(Duration.ofHours(6), Duration.ofHours(23), Duration.ofHours(1));
        assertThat(spring.get(1).longestStretch()).isEqualTo(Duration.ofHours(23));

        List<DailySummary> autumn = DailySummary.of(
                List.of(session("2026-10-26T01:00:00+01:00", Duration.ofHours(27), EndReason.IDLE)),
                LocalDate.parse("2026-10-24"), LocalDate.parse("2026-10-26"), BERLIN, LIMIT);
        assertThat(autumn).extracting(DailySummary::sitting)
                .containsExactly(Duration.ofHours(1), Duration.ofHours(25), Duration.ofHours(1));
        assertThat(autumn.get(1).longestStretch()).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void days_follow_the_offset_of_the_moment_across_a_dst_change() {
        List<LoggedEvent> events = List.of(
                event("2026-03-28T23:30:00+01:00", EventType.BREAK_DUE),
                session("2026-03-29T04:00:00+02:00", Duration.ofHours(2), EndReason.IDLE),
                event("2026-03-29T23:30:00+02:00", EventType.BREAK_DUE));
        List<DailySummary> days = DailySummary.of(events, LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-29"),
                BERLIN, LIMIT);
        assertThat(days).extracting(DailySummary::breaksDue).containsExactly(1, 1);
        assertThat(days.get(1).sitting()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void empty_days_are_listed_with_no_compliance_and_compliance_never_exceeds_one() {
        List<DailySummary> days = DailySummary.of(List.of(
                        event("2026-11-25T09:00:00Z", EventType.BREAK_DUE),
                        session("2026-11-25T10:00:00Z", Duration.ofMinutes(10), EndReason.IDLE),
                        session("2026-11-25T11:00:00Z", Duration.ofMinutes(10), EndReason.IDLE)),
                LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-25"), UTC, LIMIT);
        assertThat(days.get(0).compliance()).isEmpty();
        assertThat(days.get(0).sitting()).isZero();
        assertThat(days.get(1).compliance()).hasValue(1.0);
    }

    @Test
    void a_break_snoozed_then_done_is_one_break_taken_and_one_left_by_walking_away_is_taken_too() {
        DailySummary day = DailySummary.of(List.of(
                        event("2026-11-25T09:45:00Z", EventType.SITTING_STARTED),
                        event("2026-11-25T10:30:00Z", EventType.BREAK_DUE),
                        event("2026-11-25T10:31:00Z", EventType.BREAK_SNOOZED),
                        event("2026-11-25T10:41:00Z", EventType.BREAK_DUE),
                        session("2026-11-25T10:42:00Z", Duration.ofMinutes(57), EndReason.ROUTINE),
                        event("2026-11-25T10:47:00Z", EventType.BREAK_DONE),
                        event("2026-11-25T11:00:00Z", EventType.SITTING_STARTED),
                        event("2026-11-25T11:45:00Z", EventType.BREAK_DUE),
                        event("2026-11-25T11:47:00Z", EventType.BREAK_IGNORED),
                        session("2026-11-25T11:50:00Z", Duration.ofMinutes(50), EndReason.IDLE)),
                LocalDate.parse("2026-11-25"), LocalDate.parse("2026-11-25"), UTC, LIMIT).get(0);
        assertThat(day.breaksDue()).isEqualTo(2);
        assertThat(day.breaksTaken()).isEqualTo(2);
        assertThat(day.compliance()).hasValue(1.0);
        assertThat(day.naturalBreaks()).isEqualTo(1);
    }

    @Test
    void breaks_taken_are_breaks_that_fell_due_and_were_taken_not_every_routine_or_natural_break() {
        List<LoggedEvent> events = List.of(
                session("2026-11-24T09:30:00+01:00", Duration.ofMinutes(30), EndReason.IDLE),
                event("2026-11-24T09:50:00+01:00", EventType.ROUTINE_STARTED),
                event("2026-11-24T09:55:00+01:00", EventType.BREAK_DONE),
                event("2026-11-24T11:00:00+01:00", EventType.BREAK_DUE),
                event("2026-11-24T11:05:00+01:00", EventType.BREAK_PARTIAL));
        DailySummary day = DailySummary.of(events, LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-24"),
                BERLIN, LIMIT).get(0);
        assertThat(day.done() + day.partial() + day.naturalBreaks()).isEqualTo(3);
        assertThat(day.breaksDue()).isEqualTo(1);
        assertThat(day.breaksTaken()).as("only the one that fell due").isEqualTo(1);
        assertThat(day.compliance()).hasValue(1.0);
    }

    @Test
    void a_break_due_when_unhunch_stopped_was_not_taken() {
        DailySummary day = DailySummary.of(List.of(
                        event("2026-11-25T09:00:00Z", EventType.SITTING_STARTED),
                        event("2026-11-25T09:45:00Z", EventType.BREAK_DUE),
                        session("2026-11-25T09:50:00Z", Duration.ofMinutes(50), EndReason.END)),
                LocalDate.parse("2026-11-25"), LocalDate.parse("2026-11-25"), UTC, LIMIT).get(0);
        assertThat(day.breaksDue()).isEqualTo(1);
        assertThat(day.compliance()).hasValue(0.0);
    }

    @Test
    void the_session_open_now_counts_up_to_now_while_the_agent_runs_and_not_after_a_crash() {
        List<LoggedEvent> events = List.of(
                session("2026-11-25T08:30:00Z", Duration.ofMinutes(30), EndReason.IDLE),
                event("2026-11-25T09:00:00Z", EventType.SITTING_STARTED));
        LocalDate day = LocalDate.parse("2026-11-25");
        assertThat(DailySummary.of(events, day, day, UTC, LIMIT, java.time.Instant.parse("2026-11-25T11:00:00Z")).get(0))
                .extracting(DailySummary::sitting, DailySummary::longestStretch, DailySummary::stretchesOverLimit)
                .containsExactly(Duration.ofMinutes(150), Duration.ofMinutes(120), 1);
        assertThat(DailySummary.of(events, day, day, UTC, LIMIT, null).get(0).sitting()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void events_are_taken_in_the_logs_order_even_where_the_wall_clock_was_set_back() {
        DailySummary day = DailySummary.of(List.of(
                        event("2026-11-25T10:30:00Z", EventType.BREAK_DUE),
                        event("2026-11-25T10:20:00Z", EventType.BREAK_DONE)),
                LocalDate.parse("2026-11-25"), LocalDate.parse("2026-11-25"), UTC, LIMIT).get(0);
        assertThat(day.breaksTaken()).isEqualTo(1);
    }
}
