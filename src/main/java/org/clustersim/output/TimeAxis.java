package org.clustersim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.clustersim.output.Charts.Marker;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The month axis of the time series. Step s is the state at the end of month s, so it is drawn at
 * the start of the next month: with a start month (the scenario's {@code start:}), tick s reads
 * as the calendar month {@code start + s} ("2013" at the start of January 2013, or "Mar 2013"
 * when the first month is not January), in whole years when the run is long enough. Marks are
 * dashed vertical lines at the start of their month, their labels staggered so that marks a few
 * months apart stay readable.
 */
public final class TimeAxis {
    private static final Color MARK = new Color(0x555555);
    private static final int STAGGER = 4;

    private TimeAxis() {
    }

    /** The axis of months, counted from 0 without a start, as calendar months with one. */
    public static NumberAxis of(YearMonth start) {
        NumberAxis axis = new NumberAxis(start == null ? "Month" : "Year");
        if (start == null) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        } else {
            TickUnits units = new TickUnits();
            boolean january = start.getMonthValue() == 1;
            for (int months : new int[] {1, 3, 6, 12, 24, 60, 120, 240, 600}) {
                units.add(new NumberTickUnit(months, new Calendar(start, january && months % 12 == 0)));
            }
            axis.setStandardTickUnits(units);
            axis.setLabel(january ? "Year" : "Month");
        }
        axis.setAutoRangeIncludesZero(true);
        // Months are a closed range 0..last; margins would only add an empty tick past the last month.
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return axis;
    }

    /** Adds a dashed line per mark, label at the top. */
    public static void mark(XYPlot plot, List<Marker> markers) {
        for (int i = 0; i < markers.size(); i++) {
            Marker m = markers.get(i);
            ValueMarker line = new ValueMarker(m.month() - 1, MARK,
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
            if (!m.label().isEmpty()) {
                line.setLabel(m.label());
                line.setLabelFont(ChartFiles.SMALL);
                line.setLabelPaint(MARK);
                line.setLabelBackgroundColor(new Color(255, 255, 255, 200));
                line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                line.setLabelOffset(new RectangleInsets(4 + 14 * (i % STAGGER), 3, 2, 2));
            }
            plot.addDomainMarker(line, Layer.BACKGROUND);
        }
    }

    /** The same marks without labels (a lower panel shares the upper one's labels). */
    static List<Marker> unlabelled(List<Marker> markers) {
        return markers.stream().map(m -> new Marker(m.month(), "")).toList();
    }

    /** Formats a step as the month that starts there. */
    private static final class Calendar extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);
        private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
        private final YearMonth start;
        private final boolean years;

        Calendar(YearMonth start, boolean years) {
            this.start = start;
            this.years = years;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return format(Math.round(number), toAppendTo, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(start.plusMonths(number).format(years ? YEAR : MONTH));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("a month axis is only formatted");
        }
    }
}
