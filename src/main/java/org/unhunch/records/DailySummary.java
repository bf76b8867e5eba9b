package org.unhunch.records;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.BiConsumer;
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

    /** As {@link #of(List, LocalDate, LocalDate, ZoneId, Duration, Instant)} with no session counted as open. */
    public static List<DailySummary> of(List<LoggedEvent> events, LocalDate from, LocalDate to, ZoneId zone,
                                        Duration sitLimit) {
        return of(events, from, to, zone, sitLimit, null);
    }

    /**
     * The days from {@code from} to {@code to} (both included). Sitting and the longest stretch are
     * those of each local day in {@code zone} (23 or 25 hours where the clocks change), and sessions a
     * log claims overlap (a foreign or damaged file) count once; every other count goes to the local
     * date of its event by the event's own offset.
     *
     * @param events    in the order they happened (the log's order, which a wall clock set back does not change)
     * @param openUntil where the agent is running now: a session the log shows started and not ended
     *                  counts up to this moment; null when it is not (a session a crash left open is
     *                  then not counted)
     */
    public static List<DailySummary> of(List<LoggedEvent> events, LocalDate from, LocalDate to, ZoneId zone,
                                        Duration sitLimit, Instant openUntil) {
        NavigableMap<LocalDate, Tally> days = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.put(day, new Tally());
        }
        Sessions sessions = new Sessions(days, zone, sitLimit);
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
                    sessions.add(endedAt, event.fields().seconds(EventField.SITTING_S));
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
            sessions.add(now, Duration.between(openSince, now));
        }
        sessions.addSitting();
        List<DailySummary> summaries = new ArrayList<>();
        days.forEach((day, tally) -> summaries.add(new DailySummary(day, tally.sitting, tally.longest,
                tally.overLimit, tally.due, tally.taken, tally.done, tally.partial, tally.skipped, tally.snoozed,
                tally.ignored, tally.held, tally.natural)));
        return summaries;
    }

    /**
     * The sessions within the days asked for (only that part is walked, however long a session claims
     * to be), split at each local midnight of the zone: each its longest piece a day, and the union of
     * them all as each day's sitting.
     */
    private static final class Sessions {

        private final NavigableMap<LocalDate, Tally> days;
        private final ZoneId zone;
        private final Duration sitLimit;
        private final Instant windowStart;
        private final Instant windowEnd;
        private final List<Span> spans = new ArrayList<>();

        Sessions(NavigableMap<LocalDate, Tally> days, ZoneId zone, Duration sitLimit) {
            this.days = days;
            this.zone = zone;
            this.sitLimit = sitLimit;
            this.windowStart = days.isEmpty() ? Instant.MAX : days.firstKey().atStartOfDay(zone).toInstant();
            this.windowEnd = days.isEmpty() ? Instant.MIN : days.lastKey().plusDays(1).atStartOfDay(zone).toInstant();
        }

        /** A session of {@code length} that ended at {@code end}; it is over the limit on the day it ended. */
        void add(OffsetDateTime end, Duration length) {
            if (end == null || length == null) {
                return;
            }
            Instant start = max(end.toInstant().minus(length), windowStart);
            Instant stop = min(end.toInstant(), windowEnd);
            if (start.isBefore(stop)) {
                spans.add(new Span(start, stop));
                forEachDay(start, stop, (tally, piece) -> {
                    if (piece.compareTo(tally.longest) > 0) {
                        tally.longest = piece;
                    }
                });
            }
            Tally endDay = days.get(end.toLocalDate());
            if (endDay != null && length.compareTo(sitLimit) > 0) {
                endDay.overLimit++;
            }
        }

        /** Gives each day the length of the union of the sessions within it. */
        void addSitting() {
            BiConsumer<Tally, Duration> sat = (tally, piece) -> tally.sitting = tally.sitting.plus(piece);
            spans.sort(Comparator.comparing(Span::start));
            Span union = null;
            for (Span span : spans) {
                if (union != null && !span.start().isAfter(union.stop())) {
                    union = new Span(union.start(), max(union.stop(), span.stop()));
                    continue;
                }
                if (union != null) {
                    forEachDay(union.start(), union.stop(), sat);
                }
                union = span;
            }
            if (union != null) {
                forEachDay(union.start(), union.stop(), sat);
            }
        }

        private void forEachDay(Instant start, Instant stop, BiConsumer<Tally, Duration> piece) {
            Instant cursor = start;
            while (cursor.isBefore(stop)) {
                LocalDate day = LocalDate.ofInstant(cursor, zone);
                Instant pieceEnd = min(day.plusDays(1).atStartOfDay(zone).toInstant(), stop);
                Tally tally = days.get(day);
                if (tally != null) {
                    piece.accept(tally, Duration.between(cursor, pieceEnd));
                }
                cursor = pieceEnd;
            }
        }

        private static Instant min(Instant a, Instant b) {
            return a.isBefore(b) ? a : b;
        }

        private static Instant max(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }
    }

    private record Span(Instant start, Instant stop) {
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
