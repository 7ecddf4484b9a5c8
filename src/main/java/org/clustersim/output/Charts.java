package org.clustersim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.clustersim.stats.Band;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Time-series charts of variant means with translucent 95% confidence bands (JFreeChart 1.5
 * {@link DeviationRenderer}). Every chart is written three times next to a base path:
 * {@code base.png} (1000x600), {@code base.svg} (JFreeSVG) and {@code base.csv}, the latter holding
 * exactly the plotted points ({@code variant,metric,step,mean,ci_low,ci_high}; NA bounds are drawn
 * as a zero-width band). Variant colours follow {@link Palette#variantColor(int)} by first-seen order.
 */
public final class Charts {

    /**
     * One panel of {@link #keyFigure}: its metric, whether it is a share drawn on [0, 1] (otherwise
     * the axis is fitted to the data) and the label of its axis.
     */
    public record Panel(String metric, boolean share, String label) {
        public Panel(String metric, boolean share) {
            this(metric, share, metric);
        }
    }

    /**
     * The time axis of a chart: the calendar month of step 1, or null to count months, and the
     * months to mark with a dashed line and a short label (a policy instrument, an event).
     */
    public record Timeline(YearMonth start, List<Marker> markers) {
        /** Months counted from 0, nothing marked. */
        public static final Timeline MONTHS = new Timeline(null, List.of());

        public Timeline {
            markers = List.copyOf(markers);
        }
    }

    /** A mark on the time axis at the start of {@code month} (1 is the first month). */
    public record Marker(int month, String label) {
    }

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 600;
    private static final float BAND_ALPHA = 0.2f;
    /** Line styles that tell metrics apart when one chart shows several. */
    private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {8f, 3f, 2f, 3f}};

    static {
        // Batch runs happen on machines without a display; AWT must not try to open one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {
    }

    /**
     * One chart with a line and band per (variant, metric) of {@code bands}.
     *
     * @param share true when every metric is a share, so the y axis is fixed to [0, 1]
     * @param base  output path without extension
     */
    public static void timeSeriesWithBands(List<Band> bands, String title, boolean share, Path base)
            throws IOException {
        Set<String> metrics = new LinkedHashSet<>();
        bands.forEach(b -> metrics.add(b.metric()));
        XYPlot plot = plot(bands, String.join(", ", metrics), share, variantIndex(bands), metrics.size() > 1);
        plot.setDomainAxis(TimeAxis.of(null));
        write(chart(title, plot), bands, base);
    }

    /**
     * One chart with a line and band per (variant, metric), the y axis fitted to the data and
     * labelled {@code yLabel}, the time axis and its marks from {@code timeline}.
     */
    public static void timeSeriesWithBands(List<Band> bands, String title, String yLabel, Timeline timeline, Path base)
            throws IOException {
        Set<String> metrics = new LinkedHashSet<>();
        bands.forEach(b -> metrics.add(b.metric()));
        XYPlot plot = plot(bands, yLabel, false, variantIndex(bands), metrics.size() > 1);
        plot.setDomainAxis(TimeAxis.of(timeline.start()));
        TimeAxis.mark(plot, timeline.markers());
        write(chart(title, plot), bands, base);
    }

    /**
     * The key figure: two stacked panels sharing the month axis, one line and band per variant.
     * Only the bands of the two panel metrics are drawn and written to the CSV.
     */
    public static void keyFigure(List<Band> bands, String title, Panel top, Panel bottom, Path base)
            throws IOException {
        keyFigure(bands, title, top, bottom, Timeline.MONTHS, base);
    }

    /** The key figure with the time axis and marks of {@code timeline}. */
    public static void keyFigure(List<Band> bands, String title, Panel top, Panel bottom, Timeline timeline, Path base)
            throws IOException {
        Map<String, Integer> colours = variantIndex(bands);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(TimeAxis.of(timeline.start()));
        combined.setGap(12);
        List<Band> drawn = new ArrayList<>();
        for (Panel panel : List.of(top, bottom)) {
            List<Band> own = bands.stream().filter(b -> b.metric().equals(panel.metric())).toList();
            drawn.addAll(own);
            XYPlot plot = plot(own, panel.label(), panel.share(), colours, false);
            TimeAxis.mark(plot, panel == top ? timeline.markers() : TimeAxis.unlabelled(timeline.markers()));
            combined.add(plot, 1);
        }
        // Both panels list the same variants; show them once.
        combined.setFixedLegendItems(combined.getSubplots().get(0).getLegendItems());
        write(chart(title, combined), drawn, base);
    }

    private static Map<String, Integer> variantIndex(List<Band> bands) {
        Map<String, Integer> index = new LinkedHashMap<>();
        bands.forEach(b -> index.putIfAbsent(b.variant(), index.size()));
        return index;
    }

    private static XYPlot plot(List<Band> bands, String yLabel, boolean share, Map<String, Integer> colours,
                               boolean nameMetrics) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(BAND_ALPHA);
        List<String> metricOrder = new ArrayList<>();
        for (int s = 0; s < bands.size(); s++) {
            Band band = bands.get(s);
            String key = nameMetrics ? band.variant() + ": " + band.metric() : band.variant();
            YIntervalSeries series = new YIntervalSeries(key, false, true);
            for (int i = 0; i < band.size(); i++) {
                double m = band.mean()[i];
                double low = Double.isNaN(band.ciLow()[i]) ? m : band.ciLow()[i];
                double high = Double.isNaN(band.ciHigh()[i]) ? m : band.ciHigh()[i];
                series.add(band.steps()[i], m, low, high);
            }
            data.addSeries(series);
            Color colour = Palette.variantColor(colours.get(band.variant()));
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesFillPaint(s, colour);
            if (!metricOrder.contains(band.metric())) {
                metricOrder.add(band.metric());
            }
            float[] dash = DASHES[metricOrder.indexOf(band.metric()) % DASHES.length];
            renderer.setSeriesStroke(s, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        }
        NumberAxis yAxis = new NumberAxis(yLabel);
        if (share) {
            yAxis.setRange(0.0, 1.0);
        } else {
            yAxis.setAutoRangeIncludesZero(false);
        }
        XYPlot plot = new XYPlot(data, null, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        return plot;
    }

    private static JFreeChart chart(String title, XYPlot plot) {
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        // Room for the last tick label of the time axis, centred on the right edge of the plot.
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 16));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    private static void write(JFreeChart chart, List<Band> bands, Path base) throws IOException {
        String name = base.getFileName().toString();
        PngWriter.write(chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null),
                base.resolveSibling(name + ".png"));
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        // JFreeSVG's default prefix for clip/gradient ids contains System.nanoTime(); fix it for byte-identical files.
        svg.setDefsKeyPrefix("clustersim");
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        SVGUtils.writeToSVG(base.resolveSibling(name + ".svg").toFile(), svg.getSVGElement());
        try (BufferedWriter out = Csv.open(base.resolveSibling(name + ".csv"))) {
            out.write("variant,metric,step,mean,ci_low,ci_high\n");
            for (Band band : bands) {
                String prefix = Csv.quote(band.variant()) + ',' + Csv.quote(band.metric()) + ',';
                for (int i = 0; i < band.size(); i++) {
                    out.write(prefix + band.steps()[i] + ',' + Num.format(band.mean()[i]) + ','
                            + Num.format(band.ciLow()[i]) + ',' + Num.format(band.ciHigh()[i]) + '\n');
                }
            }
        }
    }
}
