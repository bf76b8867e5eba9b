package org.unhunch.records;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.unhunch.sitting.EndReason;
import org.unhunch.sitting.EventField;
import org.unhunch.sitting.EventType;

/**
 * One local day of the log: sitting time (a session that crosses midnight counts toward each day
 * by its share), the longest continuous stretch, stretches longer than the limit, outcomes, natural
 * breaks, prompts held while the person was busy, and compliance. A break that falls due is one
 * break however often it is snoozed, ignored or held; it is taken when the routine is done (or
 * cut short) or the person leaves the desk (a natural break), and not taken when skipped or when
 * Unhunch stops first. Compliance is breaks taken per break due, counted on the day it fell due.
 *
 * @param breaksTaken the breaks taken: breaks that fell due this day and were then taken (done, cut
 *                    short or a natural break). The one meaning of "breaks taken", in {@code stats}
 *                    and the history window's Today line and chart alike; a routine or natural
 *                    break before anything fell due is counted in {@code done}, {@code partial} or
 *                    {@code naturalBreaks}, not here.
 * @param held        the prompts held back because the person was busy ({@code prompt_held} events)
 */
public record DailySummary(LocalDate day, Duration sitting, Duration longestStretch, int stretchesOverLimit,
                           int breaksDue, int breaksTaken, int done, int partial, int skipped, int snoozed,
                           int ignored, int held, int naturalBreaks) {

    /** Breaks taken per break that fell due, from 0 to 1; empty on a day nothing fell due. */
    public OptionalDouble compliance() {
        if (breaksDue == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(breaksTaken / (double) breaksDue);
    }

    /** As {@link #of(List, LocalDate, LocalDate, Duration, Instant)} with no session counted as open. */
    public static List<DailySummary> of(List<LoggedEvent> events, LocalDate from, LocalDate to, Duration sitLimit) {
        return of(events, from, to, sitLimit, null);
    }

    /**
     * The days from {@code from} to {@code to} (both included), each day's local date by the offset
     * of its events.
     *
     * @param events    in the order they happened (the log's order, which a wall clock set back does not change)
     * @param openUntil where the agent is running now: a session the log shows started and not ended
     *                  counts up to this moment; null when it is not (a session a crash left open is
     *                  then not counted)
     */
    public static List<DailySummary> of(List<LoggedEvent> events, LocalDate from, LocalDate to, Duration sitLimit,
                                        Instant openUntil) {
        NavigableMap<LocalDate, Tally> days = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.put(day, new Tally());
        }
        Tally dueOn = null;
        boolean due = false;
        OffsetDateTime openSince = null;
        for (LoggedEvent event : events) {
            Tally tally = days.getOrDefault(event.at().toLocalDate(), new Tally());
            switch (event.type()) {
                case SITTING_STARTED -> {
                    openSince = event.at();
                    due = false;
                }
                case SITTING_ENDED -> {
                    openSince = null;
                    OffsetDateTime endedAt = event.fields().moment(EventField.ENDED_AT);
                    addSession(days, endedAt, event.fields().seconds(EventField.SITTING_S), sitLimit);
                    if (event.fields().reason() == EndReason.IDLE) {
                        OffsetDateTime left = endedAt != null ? endedAt : event.at();
                        days.getOrDefault(left.toLocalDate(), tally).natural++;
                        if (due) {
                            dueOn.taken++;
                            due = false;
                        }
                    } else if (event.fields().reason() == EndReason.END) {
                        due = false;
                    }
                }
                case BREAK_DUE -> {
                    if (!due) {
                        due = true;
                        dueOn = tally;
                        tally.due++;
                    }
                }
                case BREAK_DONE, BREAK_PARTIAL -> {
                    if (event.type() == EventType.BREAK_DONE) {
                        tally.done++;
                    } else {
                        tally.partial++;
                    }
                    if (due) {
                        dueOn.taken++;
                        due = false;
                    }
                }
                case BREAK_SKIPPED -> {
                    tally.skipped++;
                    due = false;
                }
                case BREAK_SNOOZED -> tally.snoozed++;
                case BREAK_IGNORED -> tally.ignored++;
                case PROMPT_HELD -> tally.held++;
                default -> { }
            }
        }
        if (openSince != null && openUntil != null && openUntil.isAfter(openSince.toInstant())) {
            OffsetDateTime now = openUntil.atOffset(openSince.getOffset());
            addSession(days, now, Duration.between(openSince, now), sitLimit);
        }
        List<DailySummary> summaries = new ArrayList<>();
        days.forEach((day, tally) -> summaries.add(new DailySummary(day, tally.sitting, tally.longest,
                tally.overLimit, tally.due, tally.taken, tally.done, tally.partial, tally.skipped, tally.snoozed,
                tally.ignored, tally.held, tally.natural)));
        return summaries;
    }

    /**
     * Splits a session at each local midnight (in the offset of its end) and gives each day its share;
     * only the part within the days asked for is walked, however long the session claims to be.
     */
    private static void addSession(NavigableMap<LocalDate, Tally> days, OffsetDateTime end, Duration length,
                                   Duration sitLimit) {
        if (end == null || length == null || days.isEmpty()) {
            return;
        }
        ZoneOffset offset = end.getOffset();
        OffsetDateTime windowStart = days.firstKey().atStartOfDay().atOffset(offset);
        OffsetDateTime windowEnd = days.lastKey().plusDays(1).atStartOfDay().atOffset(offset);
        OffsetDateTime start = end.minus(length).withOffsetSameInstant(offset);
        OffsetDateTime cursor = start.isBefore(windowStart) ? windowStart : start;
        OffsetDateTime stop = end.isAfter(windowEnd) ? windowEnd : end;
        while (cursor.isBefore(stop)) {
            OffsetDateTime midnight = cursor.toLocalDate().plusDays(1).atStartOfDay().atOffset(offset);
            OffsetDateTime pieceEnd = midnight.isBefore(stop) ? midnight : stop;
            Tally tally = days.get(cursor.toLocalDate());
            if (tally != null) {
                Duration piece = Duration.between(cursor, pieceEnd);
                // Sessions a log claims overlap (a foreign or damaged file) never make a day longer than a day.
                tally.sitting = min(tally.sitting.plus(piece), Duration.between(cursor.toLocalDate().atStartOfDay()
                        .atOffset(offset), midnight));
                if (piece.compareTo(tally.longest) > 0) {
                    tally.longest = piece;
                }
            }
            cursor = pieceEnd;
        }
        Tally endDay = days.get(end.toLocalDate());
        if (endDay != null && length.compareTo(sitLimit) > 0) {
            endDay.overLimit++;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static final class Tally {
        Duration sitting = Duration.ZERO;
        Duration longest = Duration.ZERO;
        int overLimit;
        int due;
        int taken;
        int done;
        int partial;
        int skipped;
        int snoozed;
        int ignored;
        int held;
        int natural;
    }
}
