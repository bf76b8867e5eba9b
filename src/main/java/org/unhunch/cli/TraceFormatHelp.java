package org.unhunch.cli;

/** The trace file format, as the help of the commands that read or write traces shows it. */
final class TraceFormatHelp {

    static final String TEXT = String.join("%n",
            "",
            "Trace format (UTF-8 text, one observation per line):",
            "  <t> <observation>    t in seconds from any origin; digits with an optional",
            "                       decimal point, never negative; times must not decrease",
            "  # comment            blank lines and lines starting with # are skipped",
            "Observations:",
            "  key, pointer, wheel  input activity (nothing about what was typed, or where)",
            "  input                input activity of no known kind (an idle-time reading)",
            "  lock, unlock         the screen was locked / unlocked",
            "  start, done          the routine started / was completed",
            "  skip                 the prompt was dismissed, or the routine abandoned",
            "  snooze               remind me later",
            "  pause, resume        prompts held back (a meeting) / allowed again",
            "  engaged, disengaged  at the screen without typing (a call, a video) / no longer",
            "  busy, free           do not disturb (a call, presenting, full screen) / no longer",
            "  tick                 time passes; nothing else happened",
            "",
            "Output: one JSON object per line, {\"t\":<seconds>,\"event\":\"<name>\",...}:",
            "  sitting_started, sitting_ended, break_due, prompt_shown, prompt_held,",
            "  break_snoozed, break_skipped, break_ignored, routine_started, break_done,",
            "  break_partial;",
            "  then a last line {\"event\":\"summary\",...}. On bad input the events replayed",
            "  so far are printed, then the error on standard error, and no summary.",
            "");

    private TraceFormatHelp() {
    }
}
