package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.unhunch.records.DailySummary;

/** The history chart's model and axes (needs no display). */
class HistoryChartTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    private static DailySummary empty(LocalDate day) {
        return new DailySummary(day, Duration.ZERO, Duration.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static List<DailySummary> emptyDays(int count) {
        List<DailySummary> days = new ArrayList<>();
        for (int back = count - 1; back >= 0; back--) {
            days.add(empty(TODAY.minusDays(back)));
        }
        return days;
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]+>", "").strip();
    }

    @Test
    void a_day_with_routines_and_natural_breaks_beyond_those_due_reads_as_the_today_line_does() {
        // 6 breaks fell due, 5 of them taken; 7 routines done, 2 cut short and 2 natural breaks in all:
        // 11 routines and natural breaks, which the chart once showed as 11 taken.
        DailySummary today = new DailySummary(TODAY, Duration.ofHours(6), Duration.ofMinutes(50),
                0, 6, 5, 7, 2, 1, 0, 0, 0, 2);
        List<DailySummary> week = new ArrayList<>(emptyDays(7).subList(0, 6));
        week.add(today);

        CategoryDataset breaks = HistoryChart.plot(HistoryChart.of(week), HistoryChart.BREAKS_PLOT).getDataset();

        assertThat(plain(HistoryWindow.todayLine(today))).contains("5 breaks taken of 6 due");
        assertThat(breaks.getRowKeys()).containsExactly("Breaks taken", "Breaks due, not taken");
        assertThat(breaks.getValue("Breaks taken", TODAY).intValue()).isEqualTo(today.breaksTaken()).isEqualTo(5);
        assertThat(breaks.getValue("Breaks due, not taken", TODAY).intValue()).isEqualTo(1);
        assertThat(breaks.getValue("Breaks taken", TODAY).intValue()
                + breaks.getValue("Breaks due, not taken", TODAY).intValue()).isEqualTo(today.breaksDue());
        assertThat(breaks.getValue("Breaks taken", TODAY.minusDays(1)).intValue()).isZero();
    }

    @Test
    void an_empty_week_has_axes_of_whole_numbers_up_to_four() {
        JFreeChart chart = HistoryChart.of(emptyDays(7));

        for (int which : new int[] {HistoryChart.HOURS_PLOT, HistoryChart.BREAKS_PLOT}) {
            ValueAxis axis = HistoryChart.plot(chart, which).getRangeAxis();
            assertThat(axis.getLowerBound()).isZero();
            assertThat(axis.getUpperBound()).isEqualTo(4.0);
            assertThat(axis.getStandardTickUnits().getCeilingTickUnit(5e-9).getSize())
                    .as("the smallest tick is a whole one").isEqualTo(1.0);
            assertThat(((NumberAxis) axis).getTickUnit().valueToString(3.0)).isEqualTo("3");
        }
    }

    @Test
    void the_axes_reach_above_the_busiest_day() {
        DailySummary busy = new DailySummary(TODAY, Duration.ofMinutes(9 * 60 + 30), Duration.ofHours(2),
                3, 9, 7, 7, 0, 2, 0, 0, 0, 0);
        List<DailySummary> week = new ArrayList<>(emptyDays(7).subList(0, 6));
        week.add(busy);

        JFreeChart chart = HistoryChart.of(week);

        assertThat(HistoryChart.plot(chart, HistoryChart.HOURS_PLOT).getRangeAxis().getUpperBound())
                .isGreaterThan(9.5);
        assertThat(HistoryChart.plot(chart, HistoryChart.BREAKS_PLOT).getRangeAxis().getUpperBound())
                .isGreaterThanOrEqualTo(9.0);
    }

    @Test
    void a_week_names_every_day_and_a_month_every_fifth_day_back_from_today() {
        DayAxis week = new DayAxis(TODAY, 7);
        DayAxis month = new DayAxis(TODAY, 30);

        assertThat(week.label(TODAY)).isEqualTo("Tue 24");
        assertThat(week.label(TODAY.minusDays(1))).isEqualTo("Mon 23");
        assertThat(month.label(TODAY)).isEqualTo("Nov 24");
        assertThat(month.label(TODAY.minusDays(5))).isEqualTo("Nov 19");
        assertThat(month.label(TODAY.minusDays(25))).isEqualTo("Oct 30");
        assertThat(month.label(TODAY.minusDays(1))).isEmpty();
        assertThat(month.label(TODAY.minusDays(29))).isEmpty();
        assertThat(month.getMaximumCategoryLabelWidthRatio()).as("a name may span the unnamed days beside it")
                .isEqualTo(DayAxis.MONTH_STEP);
    }

    @Test
    void the_chart_shares_the_days_axis_between_hours_and_breaks() {
        JFreeChart chart = HistoryChart.of(emptyDays(30));

        assertThat(chart.getCategoryPlot().getDomainAxis()).isInstanceOf(DayAxis.class);
        assertThat(HistoryChart.plot(chart, HistoryChart.HOURS_PLOT).getCategories()).hasSize(30).last()
                .isEqualTo(TODAY);
        assertThat(HistoryChart.plot(chart, HistoryChart.BREAKS_PLOT).getCategories()).hasSize(30);
    }
}
