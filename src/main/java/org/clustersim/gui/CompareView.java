package org.clustersim.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.clustersim.experiment.Replication;
import org.clustersim.format.Num;
import org.clustersim.metrics.Metrics;
import org.clustersim.model.Stage;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The compare window: two policy mixes run on the same seed for the same months, side by side,
 * each with the live charts' four trends and the stage on the same axes, and its final values
 * in words above. The runs are headless {@link Replication}s in a thread of their own, so the
 * console's run is not disturbed; a mix that is the console's configuration gives the same
 * numbers as the console's run of that seed.
 */
final class CompareView {
    private final JFrame frame = new JFrame("clustersim: compare two policy mixes");
    private final JLabel heading = new JLabel(" ");
    private final JPanel sides = new JPanel(new GridLayout(1, 2, 10, 0));
    private volatile double[][][] results;
    /** Which press of compare is shown: a slower, earlier comparison must not replace a later one. */
    private int pressed;

    CompareView() {
        JPanel content = new JPanel(new BorderLayout(0, 6));
        content.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        content.add(heading, BorderLayout.NORTH);
        content.add(sides, BorderLayout.CENTER);
        sides.setPreferredSize(new Dimension(1100, 470));
        frame.setContentPane(content);
        frame.pack();
    }

    JFrame frame() { return frame; }

    /** The metric rows of the last comparison, {@code [side][month][metric]}, or null while running. */
    double[][][] results() { return results; }

    /**
     * Runs {@code a} and {@code b} from {@code seed} for {@code months} months, then shows them.
     * Call on Swing's thread.
     */
    void compare(PolicyMix a, PolicyMix b, long seed, int months, String scenario) {
        int press = ++pressed;
        results = null;
        heading.setText("Running " + a.label() + " and " + b.label() + " on seed " + seed + "...");
        sides.removeAll();
        sides.revalidate();
        sides.repaint();
        frame.setVisible(true);
        Thread worker = new Thread(() -> {
            try {
                double[][] left = Replication.run(a.config(), seed, months).values();
                double[][] right = Replication.run(b.config(), seed, months).values();
                SwingUtilities.invokeLater(() -> {
                    if (press == pressed) {
                        show(a, b, left, right, seed, scenario);
                    }
                });
            } catch (RuntimeException e) {
                SwingUtilities.invokeLater(() -> heading.setText("The comparison failed: " + e.getMessage()));
            }
        }, "clustersim-compare");
        worker.setDaemon(true);
        worker.start();
    }

    private void show(PolicyMix a, PolicyMix b, double[][] left, double[][] right, long seed, String scenario) {
        heading.setText("<html><b>" + scenario + "</b>: two policy mixes on the same seed (" + seed + "), "
                + (left.length - 1) + " months. Same actors, same chance events until the policies differ.</html>");
        sides.removeAll();
        sides.add(side(a, left));
        sides.add(side(b, right));
        sides.revalidate();
        sides.repaint();
        results = new double[][][] {left, right};
    }

    private static JPanel side(PolicyMix mix, double[][] values) {
        JPanel p = new JPanel(new BorderLayout(0, 4));
        JLabel finals = new JLabel("<html><b>" + mix.label() + "</b><br>" + finals(values) + "</html>");
        p.add(finals, BorderLayout.NORTH);
        p.add(new ChartPanel(chart(values), false), BorderLayout.CENTER);
        return p;
    }

    /** The final month's headline values in words. */
    static String finals(double[][] values) {
        double[] last = values[values.length - 1];
        List<String> names = Metrics.names();
        StringBuilder s = new StringBuilder("month " + (values.length - 1) + ": ");
        for (String m : LiveCharts.TRENDS) {
            s.append(m.replace('_', ' ')).append(' ').append(Num.format(round(last[names.indexOf(m)]))).append(", ");
        }
        int stage = (int) last[names.indexOf("stage")];
        return s.append("stage ").append(Stage.values()[stage].name().toLowerCase(Locale.ROOT)).toString();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static JFreeChart chart(double[][] values) {
        List<String> names = Metrics.names();
        XYSeriesCollection trends = new XYSeriesCollection();
        for (String t : LiveCharts.TRENDS) {
            trends.addSeries(series(t.replace('_', ' '), values, names.indexOf(t)));
        }
        NumberAxis month = new NumberAxis("month");
        month.setRange(0, Math.max(1, values.length - 1));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(month);
        plot.setGap(8);
        plot.add(new XYPlot(trends, null, ChartParts.shareAxis(), ChartParts.trendLines()), 3);
        plot.add(new XYPlot(new XYSeriesCollection(series("stage", values, names.indexOf("stage"))), null,
                ChartParts.stageAxis(), ChartParts.stageStep()), 1);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    private static XYSeries series(String name, double[][] values, int column) {
        XYSeries s = new XYSeries(name);
        for (int month = 0; month < values.length; month++) {
            s.add(month, values[month][column], false);
        }
        return s;
    }
}
