package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unhunch.records.DailySummary;

/** The history window's Today line, as text (needs no display). */
class HistoryTodayLineTest {

    private static DailySummary today(int held) {
        return new DailySummary(LocalDate.parse("2026-11-24"), Duration.ofMinutes(150), Duration.ofMinutes(104),
                1, 2, 1, 1, 0, 0, 0, 0, held, 0);
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]+>", "").strip();
    }

    @Test
    void a_day_without_held_prompts_does_not_mention_them() {
        assertThat(plain(HistoryWindow.todayLine(today(0))))
                .isEqualTo("Today: sat 2:30 in all, longest stretch 1:44; 1 break taken of 2 due (compliance 50 %).");
    }

    @Test
    void a_day_with_held_prompts_counts_them() {
        assertThat(plain(HistoryWindow.todayLine(today(1)))).isEqualTo("Today: sat 2:30 in all, longest stretch 1:44;"
                + " 1 break taken of 2 due (compliance 50 %); 1 prompt held while you were busy.");
        assertThat(plain(HistoryWindow.todayLine(today(3)))).endsWith("; 3 prompts held while you were busy.");
    }
}
