package org.unhunch.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.unhunch.agent.AgentStatus;
import org.unhunch.routine.Routine;
import org.unhunch.sitting.BreakFlow;

/**
 * What the tray shows at one moment: the icon's look and ring, the tooltip, the line at the top of
 * its menu, and which menu items apply. Minutes sat are whole minutes gone by (rounded down, as the
 * card counts them); minutes to the break are whole minutes left (rounded up, as a countdown does),
 * so the two add up to the limit: "Sitting 0 min · break in 10 min" as a 10-minute session starts.
 *
 * @param sittingShare  sitting time over the limit, for the ring
 * @param headline      the state in words, for the top of the menu
 * @param snoozeApplies a prompt is open, so Snooze answers it
 * @param resumeApplies the person paused prompts from the tray (a pause outside working hours is
 *                      not theirs to resume)
 * @param startApplies  no routine is under way
 */
record TrayState(TrayIconPainter.Look look, double sittingShare, String tooltip, String headline,
                 boolean snoozeApplies, boolean resumeApplies, boolean startApplies) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz");

    /**
     * @param agentNow    the agent time now, in the status's nanoseconds
     * @param pausedUntil when prompts come back ({@link #until}), where the person paused them from the tray
     */
    static TrayState of(AgentStatus status, long agentNow, Duration sitLimit, Routine routine,
                        Optional<String> pausedUntil) {
        long sat = status.sessionStart().isPresent() ? Math.max(0, agentNow - status.sessionStart().getAsLong()) : 0;
        long satMinutes = Duration.ofNanos(sat).toMinutes();
        double share = sat / (double) sitLimit.toNanos();
        boolean routineUnderWay = status.flow() == BreakFlow.ROUTINE;
        boolean snooze = status.flow() == BreakFlow.PROMPT && !status.paused();
        boolean resumeApplies = status.paused() && pausedUntil.isPresent();
        String paused = pausedUntil.map(at -> Texts.get("tray.state.pausedUntil", at))
                .orElseGet(() -> Texts.get("tray.state.paused"));
        if (routineUnderWay) {
            String words = RoutineWords.underWay(routine);
            return new TrayState(TrayIconPainter.Look.ROUTINE, share, words, words, false, resumeApplies, false);
        }
        if (status.sessionStart().isEmpty()) {
            TrayIconPainter.Look look = status.paused() ? TrayIconPainter.Look.PAUSED : TrayIconPainter.Look.AWAY;
            String words = status.paused() ? paused : Texts.get("tray.tooltip.away");
            return new TrayState(look, share, words, words, false, resumeApplies, true);
        }
        if (status.paused()) {
            String words = pausedUntil.map(at -> Texts.get("tray.tooltip.pausedUntil", satMinutes, at))
                    .orElseGet(() -> Texts.get("tray.tooltip.paused", satMinutes));
            return new TrayState(TrayIconPainter.Look.PAUSED, share, words, paused, false, resumeApplies, true);
        }
        if (status.flow() != BreakFlow.SITTING) {
            String words = status.held() ? HeldWords.tooltip(satMinutes, status.heldFor())
                    : Texts.get("tray.tooltip.due", satMinutes);
            return new TrayState(TrayIconPainter.Look.DUE, share, words, words, snooze, false, true);
        }
        long leftNanos = Math.max(0, status.breakDue().orElse(agentNow) - agentNow);
        long leftMinutes = minutesRoundedUp(leftNanos);
        String words = Texts.get("tray.tooltip.sitting", satMinutes, leftMinutes);
        return new TrayState(TrayIconPainter.Look.SITTING, share, words, words, false, false, true);
    }

    /**
     * "14:30" today, "tomorrow" at the start of tomorrow, "tomorrow 00:30" after it, the date and time
     * later still; a time the clocks going back make twice names its zone ("02:30 CET"), so the
     * person knows which.
     */
    static String until(ZonedDateTime until, LocalDate today) {
        LocalDate day = until.toLocalDate();
        if (day.equals(today)) {
            return clock(until, CLOCK);
        }
        if (day.equals(today.plusDays(1))) {
            return until.toInstant().equals(day.atStartOfDay(until.getZone()).toInstant())
                    ? Texts.get("tray.state.tomorrow") : Texts.get("tray.state.tomorrowAt", clock(until, CLOCK));
        }
        return clock(until, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT));
    }

    private static String clock(ZonedDateTime at, DateTimeFormatter format) {
        boolean twice = at.getZone().getRules().getValidOffsets(at.toLocalDateTime()).size() > 1;
        return twice ? format.format(at) + " " + ZONE.format(at) : format.format(at);
    }

    private static long minutesRoundedUp(long nanos) {
        long minute = Duration.ofMinutes(1).toNanos();
        return nanos / minute + (nanos % minute == 0 ? 0 : 1);
    }
}
