package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unhunch.agent.AgentStatus;
import org.unhunch.presence.Signal;
import org.unhunch.routine.Routine;
import org.unhunch.routine.RoutineFile;
import org.unhunch.sitting.BreakFlow;

class TrayStateTest {

    private static final Duration LIMIT = Duration.ofMinutes(10);
    private static final Routine ROUTINE = RoutineFile.bundled().get(0);
    private static final long START = Duration.ofHours(1).toNanos();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);

    private static AgentStatus status(BreakFlow flow, boolean paused, boolean held, long sessionStart, long due) {
        return new AgentStatus(0, 0, 1, flow, paused, held, held ? Set.of(Signal.CALL) : Set.of(),
                OptionalLong.of(sessionStart), OptionalLong.of(due), false);
    }

    private static TrayState sittingFor(Duration sat) {
        return TrayState.of(status(BreakFlow.SITTING, false, false, START, START + LIMIT.toNanos()),
                START + sat.toNanos(), LIMIT, ROUTINE, Optional.empty());
    }

    @Test
    void minutes_sat_round_down_and_minutes_left_round_up_so_they_add_up_to_the_limit() {
        assertThat(sittingFor(Duration.ofSeconds(10)).tooltip()).isEqualTo("Sitting 0 min \u00b7 break in 10 min");
        assertThat(sittingFor(Duration.ofSeconds(270)).tooltip()).isEqualTo("Sitting 4 min \u00b7 break in 6 min");
        assertThat(sittingFor(Duration.ofMinutes(3)).tooltip()).isEqualTo("Sitting 3 min \u00b7 break in 7 min");
        assertThat(sittingFor(Duration.ofSeconds(599)).tooltip()).isEqualTo("Sitting 9 min \u00b7 break in 1 min");
    }

    @Test
    void snooze_applies_only_while_a_prompt_is_open_and_resume_only_while_paused() {
        long now = START + LIMIT.toNanos();
        TrayState sitting = sittingFor(Duration.ofMinutes(3));
        TrayState pending = TrayState.of(status(BreakFlow.PENDING, false, false, START, now), now, LIMIT, ROUTINE,
                Optional.empty());
        TrayState prompt = TrayState.of(status(BreakFlow.PROMPT, false, false, START, now), now, LIMIT, ROUTINE,
                Optional.empty());
        TrayState paused = TrayState.of(status(BreakFlow.SITTING, true, false, START, now), now, LIMIT, ROUTINE,
                Optional.of("14:30"));
        TrayState routine = TrayState.of(status(BreakFlow.ROUTINE, false, false, START, now), now, LIMIT, ROUTINE,
                Optional.empty());

        assertThat(sitting.snoozeApplies()).isFalse();
        assertThat(pending.snoozeApplies()).as("due, the prompt not shown yet: nothing to snooze").isFalse();
        assertThat(prompt.snoozeApplies()).isTrue();
        assertThat(paused.snoozeApplies()).isFalse();
        assertThat(sitting.resumeApplies()).isFalse();
        assertThat(prompt.resumeApplies()).isFalse();
        assertThat(paused.resumeApplies()).isTrue();
        TrayState pausedByTheHours = TrayState.of(status(BreakFlow.SITTING, true, false, START, now), now, LIMIT,
                ROUTINE, Optional.empty());
        assertThat(pausedByTheHours.resumeApplies()).as("outside working hours: not the person's pause to end")
                .isFalse();
        assertThat(pausedByTheHours.headline()).isEqualTo("Prompts paused");
        assertThat(routine.startApplies()).as("a routine under way is not started again").isFalse();
        assertThat(sitting.startApplies()).isTrue();
    }

    @Test
    void the_menu_headline_says_the_state_with_when_a_pause_ends() {
        long now = START + LIMIT.toNanos();
        TrayState paused = TrayState.of(status(BreakFlow.SITTING, true, false, START, now), now, LIMIT, ROUTINE,
                Optional.of("14:30"));
        TrayState held = TrayState.of(status(BreakFlow.PENDING, false, true, START, now), now, LIMIT, ROUTINE,
                Optional.empty());

        assertThat(paused.headline()).isEqualTo("Prompts paused until 14:30");
        assertThat(paused.tooltip()).isEqualTo("Sitting 10 min \u00b7 prompts paused until 14:30");
        assertThat(paused.look()).isEqualTo(TrayIconPainter.Look.PAUSED);
        assertThat(held.headline()).isEqualTo("Sitting 10 min \u00b7 break due \u2014 held for your call");
        assertThat(held.look()).isEqualTo(TrayIconPainter.Look.DUE);
        assertThat(sittingFor(Duration.ofMinutes(3)).headline()).isEqualTo(sittingFor(Duration.ofMinutes(3)).tooltip());
    }

    @Test
    void a_pause_end_is_named_by_its_time_today_and_as_tomorrow_after_midnight() {
        LocalDate today = LocalDate.parse("2026-12-03");
        assertThat(TrayState.until(berlin("2026-12-03T14:30+01:00"), today)).contains("30");
        assertThat(TrayState.until(berlin("2026-12-04T00:00+01:00"), today)).isEqualTo("tomorrow");
        assertThat(TrayState.until(berlin("2026-12-04T00:30+01:00"), today)).startsWith("tomorrow ")
                .contains("30");
    }

    @Test
    void a_pause_end_in_the_hour_the_clocks_go_back_says_which_of_the_two() {
        LocalDate today = LocalDate.parse("2026-10-25");
        String plain = CLOCK.format(LocalTime.parse("02:30"));
        String first = TrayState.until(berlin("2026-10-25T02:30+02:00"), today);
        String second = TrayState.until(berlin("2026-10-25T02:30+01:00"), today);

        assertThat(first).startsWith(plain).isNotEqualTo(plain);
        assertThat(second).startsWith(plain).isNotEqualTo(plain).isNotEqualTo(first);
        assertThat(TrayState.until(berlin("2026-10-25T02:30+01:00"), today.minusDays(1)))
                .isEqualTo("tomorrow " + second);
        assertThat(TrayState.until(berlin("2026-10-25T03:30+01:00"), today)).as("03:30 comes once")
                .isEqualTo(CLOCK.format(LocalTime.parse("03:30")));
    }

    @Test
    void a_pause_until_tomorrow_is_tomorrow_where_the_day_starts_at_one_because_the_clocks_go_forward() {
        ZoneId havana = ZoneId.of("America/Havana");
        ZonedDateTime startOfDay = LocalDate.parse("2026-03-08").atStartOfDay(havana);

        assertThat(startOfDay.toLocalTime()).isEqualTo(LocalTime.parse("01:00"));
        assertThat(TrayState.until(startOfDay, LocalDate.parse("2026-03-07"))).isEqualTo("tomorrow");
        assertThat(TrayState.until(startOfDay.plusMinutes(30), LocalDate.parse("2026-03-07")))
                .startsWith("tomorrow ");
    }

    private static ZonedDateTime berlin(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).atZoneSameInstant(BERLIN);
    }
}
