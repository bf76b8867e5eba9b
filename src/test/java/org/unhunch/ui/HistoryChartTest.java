package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.unhunch.records.DailySummary;

/** The history chart's "Breaks taken" line is the Today line's and {@code stats}' figure (needs no display). */
class HistoryChartTest {

    @Test
    void the_chart_counts_breaks_taken_as_the_today_line_does() {
        // Two routines and a natural break, of which one break fell due and was taken.
        DailySummary day = new DailySummary(LocalDate.parse("2026-11-24"), Duration.ofHours(3), Duration.ofMinutes(50),
                1, 1, 1, 1, 1, 0, 0, 0, 0, 1);
        DailySummary before = new DailySummary(LocalDate.parse("2026-11-23"), Duration.ZERO, Duration.ZERO,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        DefaultCategoryDataset line = HistoryWindow.breaksTaken(List.of(before, day));

        assertThat(line.getRowCount()).isEqualTo(1);
        assertThat(line.getValue(0, 0).intValue()).isZero();
        assertThat(line.getValue(0, 1).intValue()).isEqualTo(day.breaksTaken()).isEqualTo(1);
    }
}
