package org.unhunch.ui;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import javax.swing.UIManager;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.unhunch.records.DailySummary;

/**
 * The history window's chart of the last days: hours sat and the longest stretch above; below, each
 * day's breaks due as one bar split into those taken and those not taken. The breaks are {@link
 * DailySummary#breaksTaken()} and {@link DailySummary#breaksDue()}, the figures of the Today line, so
 * today's bar reads as the line does ("5 taken of 6 due" is 5 taken and 1 not).
 */
final class HistoryChart {

    /** An axis shows at least this many (hours or breaks), so an empty range still has whole-number ticks. */
    static final int LEAST_AXIS_TOP = 4;
    static final int HOURS_PLOT = 0;
    static final int BREAKS_PLOT = 1;

    private static final Color SITTING = new Color(0x2F80ED);
    private static final Color LONGEST = new Color(0xE2701B);
    private static final Color TAKEN = new Color(0x27AE60);

    private HistoryChart() {
    }

    /** The chart of {@code summaries}, one a day, the last today. */
    static JFreeChart of(List<DailySummary> summaries) {
        DayAxis days = new DayAxis(summaries.get(summaries.size() - 1).day(), summaries.size());
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(days);
        plot.setGap(24);
        plot.add(hoursPlot(summaries), 3);
        plot.add(breaksPlot(summaries), 2);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setPadding(new RectangleInsets(10, 0, 0, 8));
        themed(chart, plot);
        return chart;
    }

    /** Each day's hours sat and longest stretch. */
    static DefaultCategoryDataset hours(List<DailySummary> summaries) {
        DefaultCategoryDataset hours = new DefaultCategoryDataset();
        String sat = Texts.get("history.series.sitting");
        String longest = Texts.get("history.series.longest");
        for (DailySummary day : summaries) {
            hours.addValue(day.sitting().toMinutes() / 60.0, sat, day.day());
            hours.addValue(day.longestStretch().toMinutes() / 60.0, longest, day.day());
        }
        return hours;
    }

    /** Each day's breaks due, stacked: those taken, then those not taken. */
    static DefaultCategoryDataset breaks(List<DailySummary> summaries) {
        DefaultCategoryDataset breaks = new DefaultCategoryDataset();
        String taken = Texts.get("history.series.breaks");
        String missed = Texts.get("history.series.missed");
        for (DailySummary day : summaries) {
            breaks.addValue(day.breaksTaken(), taken, day.day());
            breaks.addValue(day.breaksDue() - day.breaksTaken(), missed, day.day());
        }
        return breaks;
    }

    /** The chart's plot of {@code which} ({@link #HOURS_PLOT} or {@link #BREAKS_PLOT}). */
    static CategoryPlot plot(JFreeChart chart, int which) {
        return subplots((CombinedDomainCategoryPlot) chart.getPlot()).get(which);
    }

    private static CategoryPlot hoursPlot(List<DailySummary> summaries) {
        double most = summaries.stream().mapToDouble(day -> day.sitting().toMinutes() / 60.0).max().orElse(0);
        BarRenderer bars = new BarRenderer();
        flat(bars);
        bars.setItemMargin(0.05);
        bars.setSeriesPaint(0, SITTING);
        bars.setSeriesPaint(1, LONGEST);
        return new CategoryPlot(hours(summaries), null, wholeNumbers(Texts.get("history.axis.hours"), most), bars);
    }

    private static CategoryPlot breaksPlot(List<DailySummary> summaries) {
        int most = summaries.stream().mapToInt(DailySummary::breaksDue).max().orElse(0);
        StackedBarRenderer bars = new StackedBarRenderer();
        flat(bars);
        bars.setSeriesPaint(0, TAKEN);
        bars.setSeriesPaint(1, Color.LIGHT_GRAY);
        return new CategoryPlot(breaks(summaries), null, wholeNumbers(Texts.get("history.axis.breaks"), most), bars);
    }

    /** An axis from 0 with whole-number ticks, to at least {@link #LEAST_AXIS_TOP} and above {@code most}. */
    private static NumberAxis wholeNumbers(String label, double most) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setRange(0, Math.max(LEAST_AXIS_TOP, Math.ceil(most * 1.1)));
        return axis;
    }

    private static void flat(BarRenderer bars) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.08);
        bars.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {0} {2}",
                java.text.NumberFormat.getNumberInstance()));
    }

    /** The chart in the look's colours, readable light or dark; breaks not taken in a muted tone of the text. */
    private static void themed(JFreeChart chart, CombinedDomainCategoryPlot plot) {
        Color background = UIManager.getColor("Panel.background");
        Color text = UIManager.getColor("Label.foreground");
        if (background == null || text == null) {
            return;
        }
        chart.setBackgroundPaint(background);
        chart.getLegend().setBackgroundPaint(background);
        chart.getLegend().setItemPaint(text);
        plot.getDomainAxis().setTickLabelPaint(text);
        plot.getDomainAxis().setAxisLinePaint(PacerView.blend(text, background, 0.5));
        for (CategoryPlot part : subplots(plot)) {
            part.setBackgroundPaint(background);
            part.setOutlineVisible(false);
            part.setRangeGridlinePaint(PacerView.blend(text, background, 0.75));
            part.getRangeAxis().setLabelPaint(text);
            part.getRangeAxis().setTickLabelPaint(text);
            part.getRangeAxis().setAxisLinePaint(PacerView.blend(text, background, 0.5));
        }
        subplots(plot).get(BREAKS_PLOT).getRenderer().setSeriesPaint(1, PacerView.blend(text, background, 0.65));
        lettered(chart, plot, UIManager.getFont("Label.font"));
    }

    /** The chart's words in the look's font, as the window's own, ticks a size smaller. */
    private static void lettered(JFreeChart chart, CombinedDomainCategoryPlot plot, Font font) {
        if (font == null) {
            return;
        }
        Font ticks = font.deriveFont(font.getSize2D() - 1);
        chart.getLegend().setItemFont(font);
        plot.getDomainAxis().setTickLabelFont(ticks);
        for (CategoryPlot part : subplots(plot)) {
            part.getRangeAxis().setLabelFont(font);
            part.getRangeAxis().setTickLabelFont(ticks);
        }
    }

    @SuppressWarnings("unchecked") // JFreeChart's raw list holds the CategoryPlots added
    private static List<CategoryPlot> subplots(CombinedDomainCategoryPlot plot) {
        return plot.getSubplots();
    }
}
