package org.unhunch.ui;

import java.awt.Graphics2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The history chart's days, whose categories are {@link LocalDate}s ending today: a week names every
 * day ("Tue 24"); a longer range names every {@link #MONTH_STEP}th day back from today ("Nov 24")
 * and leaves the days between unnamed, so each name has room to be read whole.
 */
final class DayAxis extends CategoryAxis {

    static final int MONTH_STEP = 5;
    private static final int WEEK = 7;
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d", Locale.getDefault());
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.getDefault());

    private final LocalDate last;
    private final int step;

    DayAxis(LocalDate last, int dayCount) {
        this.last = last;
        this.step = dayCount <= WEEK ? 1 : MONTH_STEP;
        setCategoryMargin(0.15);
        setLowerMargin(0.01);
        setUpperMargin(0.01);
        setMaximumCategoryLabelWidthRatio(step);
    }

    /** The text under {@code day}: empty for a day between two named ones. */
    String label(LocalDate day) {
        if (step == 1) {
            return WEEKDAY.format(day);
        }
        return ChronoUnit.DAYS.between(day, last) % step == 0 ? MONTH_DAY.format(day) : "";
    }

    @Override
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        return super.createLabel(category instanceof LocalDate day ? label(day) : String.valueOf(category),
                width, edge, g2);
    }
}
