package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** 2026-11-30 is a Monday. */
    private static ZonedDateTime at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BERLIN);
    }

    @Test
    void office_hours_on_weekdays() {
        WorkingHours hours = WorkingHours.of("mon,tue,wed,thu,fri", "08:00", "17:30");
        assertThat(hours.contains(at("2026-11-30T07:59:59"))).isFalse();
        assertThat(hours.contains(at("2026-11-30T08:00"))).isTrue();
        assertThat(hours.contains(at("2026-11-30T17:29:59"))).isTrue();
        assertThat(hours.contains(at("2026-11-30T17:30"))).isFalse();
        assertThat(hours.contains(at("2026-12-05T10:00"))).as("Saturday").isFalse();
        assertThat(hours.nextChange(at("2026-11-30T07:00"))).isEqualTo(at("2026-11-30T08:00"));
        assertThat(hours.nextChange(at("2026-11-30T12:00"))).isEqualTo(at("2026-11-30T17:30"));
        assertThat(hours.nextChange(at("2026-12-04T18:00"))).as("Friday evening to Monday").isEqualTo(
                at("2026-12-07T08:00"));
    }

    @Test
    void the_default_is_always_and_never_changes_within_a_week() {
        WorkingHours hours = WorkingHours.of(Setting.WORK_DAYS.defaultValue(), Setting.WORK_START.defaultValue(),
                Setting.WORK_END.defaultValue());
        assertThat(hours).isEqualTo(WorkingHours.ALWAYS);
        assertThat(hours.contains(at("2026-12-06T23:59:59"))).isTrue();
        assertThat(hours.contains(at("2026-11-30T00:00"))).isTrue();
        assertThat(hours.nextChange(at("2026-11-30T12:00"))).isEqualTo(at("2026-12-08T12:00"));
    }

    @Test
    void a_night_shift_runs_past_midnight_and_belongs_to_the_day_it_starts() {
        WorkingHours hours = WorkingHours.of("fri", "22:00", "06:00");
        assertThat(hours.contains(at("2026-12-04T21:59"))).isFalse();
        assertThat(hours.contains(at("2026-12-04T23:00"))).isTrue();
        assertThat(hours.contains(at("2026-12-05T05:59"))).as("Saturday morning, the Friday shift").isTrue();
        assertThat(hours.contains(at("2026-12-05T23:00"))).as("Saturday's own shift: none").isFalse();
        assertThat(hours.nextChange(at("2026-12-04T23:00"))).isEqualTo(at("2026-12-05T06:00"));
    }

    @Test
    void whole_days_that_follow_each_other_have_no_change_at_midnight() {
        WorkingHours hours = WorkingHours.of("sat,sun", "00:00", "24:00");
        assertThat(hours.nextChange(at("2026-12-05T10:00"))).isEqualTo(at("2026-12-07T00:00"));
        assertThat(hours.nextChange(at("2026-12-07T10:00"))).isEqualTo(at("2026-12-12T00:00"));
    }

    @Test
    void a_day_that_loses_an_hour_to_daylight_saving_still_changes_at_the_set_times() {
        WorkingHours hours = WorkingHours.of("sun", "01:00", "05:00");
        // Berlin skips 02:00-03:00 on 2027-03-28.
        assertThat(hours.nextChange(at("2027-03-28T01:30"))).isEqualTo(at("2027-03-28T05:00"));
        assertThat(hours.contains(at("2027-03-28T03:30"))).isTrue();
    }

    @Test
    void days_are_checked_and_written_in_week_order() {
        assertThat(Setting.WORK_DAYS.check("fri,mon,SUN")).isEqualTo("mon,fri,sun");
        assertThatThrownBy(() -> Setting.WORK_DAYS.check("mon,funday"))
                .hasMessage("work.days=mon,funday: 'funday' is not a day; use mon, tue, wed, thu, fri, sat, sun;"
                        + " allowed days mon…sun, separated by commas without spaces, each once");
        assertThat(Setting.WORK_END.check("24:00")).isEqualTo("24:00");
        assertThatThrownBy(() -> Setting.WORK_START.check("24:00")).hasMessageContaining("not a time of day");
    }

    @Test
    void days_have_one_syntax_commas_without_spaces_each_day_once() {
        assertThatThrownBy(() -> Setting.WORK_DAYS.check("fri, mon")).hasMessageContaining("' mon' is not a day");
        assertThatThrownBy(() -> Setting.WORK_DAYS.check("mon,,tue")).hasMessageContaining("a day is missing");
        assertThatThrownBy(() -> Setting.WORK_DAYS.check("mon,")).hasMessageContaining("a day is missing");
        assertThatThrownBy(() -> Setting.WORK_DAYS.check("mon,MON")).hasMessageContaining("mon is there twice");
    }
}
