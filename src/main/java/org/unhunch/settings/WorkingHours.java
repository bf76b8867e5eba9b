package org.unhunch.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The days and times in which prompts may be shown ({@code work.days}, {@code work.start},
 * {@code work.end}). {@code 00:00}–{@code 24:00} is the whole day; an end before the start is a
 * shift that runs past midnight, and belongs to the day it starts on.
 */
public record WorkingHours(Set<DayOfWeek> days, LocalTime start, LocalTime end, boolean endsAtMidnight) {

    public static final WorkingHours ALWAYS = new WorkingHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT,
            LocalTime.MIDNIGHT, true);

    /** Monday to Sunday, as {@code work.days} writes them. */
    private static final List<String> DAY_NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    public WorkingHours {
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    /** From checked setting values ({@link Setting#check}): {@code mon,tue}, {@code 07:00}, {@code 24:00}. */
    public static WorkingHours of(String days, String start, String end) {
        boolean midnight = end.equals("24:00");
        return new WorkingHours(parseDays(days), LocalTime.parse(start),
                midnight ? LocalTime.MIDNIGHT : LocalTime.parse(end), midnight);
    }

    /**
     * {@code mon,tue} as a set: day names in any order and any case, separated by commas without
     * spaces, each at most once.
     */
    public static Set<DayOfWeek> parseDays(String days) {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (String name : days.split(",", -1)) {
            int index = DAY_NAMES.indexOf(name.toLowerCase(Locale.ROOT));
            if (index < 0) {
                throw new IllegalArgumentException((name.isEmpty() ? "a day is missing between commas"
                        : "'" + SettingText.quote(name) + "' is not a day") + "; use " + String.join(", ", DAY_NAMES));
            }
            if (!set.add(DayOfWeek.of(index + 1))) {
                throw new IllegalArgumentException(DAY_NAMES.get(index) + " is there twice");
            }
        }
        return set;
    }

    /** The days in week order, as {@code work.days} stores them. */
    public static String formatDays(Set<DayOfWeek> days) {
        return days.stream().sorted().map(day -> DAY_NAMES.get(day.getValue() - 1)).collect(Collectors.joining(","));
    }

    /** Whether prompts may be shown at {@code when}. */
    public boolean contains(ZonedDateTime when) {
        LocalDateTime local = when.toLocalDateTime();
        LocalDate today = local.toLocalDate();
        return within(today, local) || within(today.minusDays(1), local);
    }

    /** The first moment after {@code when} at which {@link #contains} changes (at most 8 days on). */
    public ZonedDateTime nextChange(ZonedDateTime when) {
        boolean inside = contains(when);
        LocalDate day = when.toLocalDate().minusDays(1);
        ZonedDateTime next = when.plusDays(8);
        for (int i = 0; i < 10; i++, day = day.plusDays(1)) {
            if (!days.contains(day.getDayOfWeek())) {
                continue;
            }
            for (LocalDateTime boundary : new LocalDateTime[] {day.atTime(start), endOf(day)}) {
                ZonedDateTime at = boundary.atZone(when.getZone());
                if (at.isAfter(when) && at.isBefore(next) && contains(at) != inside) {
                    next = at;
                }
            }
        }
        return next;
    }

    /** Whether {@code local} falls in the working period that starts on {@code day}. */
    private boolean within(LocalDate day, LocalDateTime local) {
        if (!days.contains(day.getDayOfWeek())) {
            return false;
        }
        LocalDateTime from = day.atTime(start);
        return !local.isBefore(from) && local.isBefore(endOf(day));
    }

    private LocalDateTime endOf(LocalDate day) {
        boolean nextDay = endsAtMidnight || !end.isAfter(start);
        return (nextDay ? day.plusDays(1) : day).atTime(end);
    }
}
