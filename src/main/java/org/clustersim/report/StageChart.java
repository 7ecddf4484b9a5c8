package org.clustersim.report;

import java.awt.Color;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.clustersim.model.Stage;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.clustersim.output.ChartFiles;
import org.clustersim.output.Charts;
import org.clustersim.output.TimeAxis;
import org.clustersim.report.Figures.Figure;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * The cluster stage over time for one variant: for each month, the share of replications in each
 * {@link Stage} (from the {@code stage} column of timeseries.csv), as a stacked area that fills
 * [0, 1]. Stage colours are Paul Tol's "light" scheme (https://personal.sron.nl/~pault/), kept
 * apart from the variant and kind colours of {@link org.clustersim.output.Palette}: pale grey for
 * spontaneous, light blue organised, mint governed, orange frozen. The CSV holds the plotted shares
 * ({@code variant,step,stage_code,stage,share}).
 */
public final class StageChart {

    static final String SECTION = "Cluster stage";
    private static final Color[] STAGE_COLOURS = {
        new Color(0xDDDDDD), new Color(0x77AADD), new Color(0x44BB99), new Color(0xEE8866)};

    private StageChart() {
    }

    /**
     * {@code shares[step][code]}: the share of the variant's runs in stage {@code code} at each step.
     * Runs shorter than a step do not count at that step; a step no run reaches has all shares 0.
     */
    public static double[][] shares(Timeseries ts, String variant) {
        List<int[]> counts = ts.stageCounts(variant);
        double[][] shares = new double[counts.size()][Stage.values().length];
        for (int s = 0; s < counts.size(); s++) {
            int n = 0;
            for (int c : counts.get(s)) {
                n += c;
            }
            for (int c = 0; c < shares[s].length && n > 0; c++) {
                shares[s][c] = (double) counts.get(s)[c] / n;
            }
        }
        return shares;
    }

    /** Draws {@code charts/stage-<variant>.*}. */
    public static Figure draw(Timeseries ts, String variant, String fileVariant, Charts.Timeline timeline, Path charts)
            throws IOException {
        double[][] shares = shares(ts, variant);
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        for (Stage stage : Stage.values()) {
            XYSeries series = new XYSeries(label(stage), false, false);
            for (int s = 0; s < shares.length; s++) {
                series.add(s, shares[s][stage.code()]);
            }
            data.addSeries(series);
            renderer.setSeriesPaint(stage.code(), STAGE_COLOURS[stage.code()]);
        }
        NumberAxis x = TimeAxis.of(timeline.start());
        NumberAxis y = new NumberAxis("share of replications");
        y.setRange(0, 1);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setForegroundAlpha(0.9f);
        TimeAxis.mark(plot, timeline.markers());
        String title = "Stage of the cluster over time: " + variant + " (" + ts.runs(variant).size() + " replications)";
        JFreeChart chart = new JFreeChart(title, ChartFiles.TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setItemFont(ChartFiles.LABEL);
        String name = "stage-" + fileVariant;
        ChartFiles.write(chart, charts.resolve(name));
        try (BufferedWriter out = Csv.open(charts.resolve(name + ".csv"))) {
            out.write("variant,step,stage_code,stage,share\n");
            for (int s = 0; s < shares.length; s++) {
                for (Stage stage : Stage.values()) {
                    Csv.writeRow(out, List.of(variant, Integer.toString(s), Integer.toString(stage.code()), label(stage),
                            Num.format(shares[s][stage.code()])));
                }
            }
        }
        return new Figure(name, "Stage of the cluster over time: " + variant,
                "Share of the replications of " + variant + " in each stage of the cluster, month by month:"
                        + " spontaneous (no structure), organised (an association exists), governed (a charter is"
                        + " in force and members own the project), frozen (members' appropriation stayed low).",
                SECTION);
    }

    private static String label(Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT);
    }
}
