package org.unhunch.records;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.unhunch.sitting.EndReason;

/**
 * One local day of the log: sitting time (a session that crosses midnight counts toward each day
 * by its share), the longest continuous stretch, stretches longer than the limit, breaks by
 * outcome, natural breaks, and compliance — breaks taken (done, partial or natural) per break that
 * fell due, at most 1.
 */
public record DailySummary(LocalDate day, Duration sitting, Duration longestStretch, int stretchesOverLimit,
                           int breaksDue, int done, int partial, int skipped, int snoozed, int ignored,
                           int naturalBreaks) {

    /** Breaks taken per break that fell due, from 0 to 1; empty on a day nothing fell due. */
    public OptionalDouble compliance() {
        if (breaksDue == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(1.0, (done + partial + naturalBreaks) / (double) breaksDue));
    }

    /** The days from {@code from} to {@code to} (both included), each day's local date by the offset of its events. */
    public static List<DailySummary> of(List<LoggedEvent> events, LocalDate from, LocalDate to, Duration sitLimit) {
        Map<LocalDate, Tally> days = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.put(day, new Tally());
        }
        for (LoggedEvent event : events) {
            Tally tally = days.get(event.at().toLocalDate());
            switch (event.type()) {
                case SITTING_ENDED -> addSession(days, event, sitLimit);
                case BREAK_DUE -> count(tally, t -> t.due++);
                case BREAK_DONE -> count(tally, t -> t.done++);
                case BREAK_PARTIAL -> count(tally, t -> t.partial++);
                case BREAK_SKIPPED -> count(tally, t -> t.skipped++);
                case BREAK_SNOOZED -> count(tally, t -> t.snoozed++);
                case BREAK_IGNORED -> count(tally, t -> t.ignored++);
                default -> { }
            }
        }
        List<DailySummary> summaries = new ArrayList<>();
        days.forEach((day, tally) -> summaries.add(new DailySummary(day, tally.sitting, tally.longest,
                tally.overLimit, tally.due, tally.done, tally.partial, tally.skipped, tally.snoozed, tally.ignored,
                tally.natural)));
        return summaries;
    }

    private static void count(Tally tally, java.util.function.Consumer<Tally> increment) {
        if (tally != null) {
            increment.accept(tally);
        }
    }

    /** Splits a session at each local midnight (in the offset of its end) and gives each day its share. */
    private static void addSession(Map<LocalDate, Tally> days, LoggedEvent ended, Duration sitLimit) {
        if (ended.endedAt() == null || ended.sitting() == null) {
            return;
        }
        ZoneOffset offset = ended.endedAt().getOffset();
        OffsetDateTime end = ended.endedAt();
        OffsetDateTime start = end.minus(ended.sitting());
        OffsetDateTime cursor = start.withOffsetSameInstant(offset);
        while (cursor.isBefore(end)) {
            OffsetDateTime midnight = cursor.toLocalDate().plusDays(1).atStartOfDay().atOffset(offset);
            OffsetDateTime pieceEnd = midnight.isBefore(end) ? midnight : end;
            Tally tally = days.get(cursor.toLocalDate());
            if (tally != null) {
                Duration piece = Duration.between(cursor, pieceEnd);
                tally.sitting = tally.sitting.plus(piece);
                if (piece.compareTo(tally.longest) > 0) {
                    tally.longest = piece;
                }
            }
            cursor = pieceEnd;
        }
        Tally endDay = days.get(end.toLocalDate());
        if (endDay != null) {
            if (ended.sitting().compareTo(sitLimit) > 0) {
                endDay.overLimit++;
            }
            if (ended.reason() == EndReason.IDLE) {
                endDay.natural++;
            }
        }
    }

    private static final class Tally {
        Duration sitting = Duration.ZERO;
        Duration longest = Duration.ZERO;
        int overLimit;
        int due;
        int done;
        int partial;
        int skipped;
        int snoozed;
        int ignored;
        int natural;
    }
}
