package org.clustersim.explore;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.clustersim.format.Num;
import org.clustersim.output.ChartFiles;
import org.clustersim.output.Palette;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a discovery, per mix: the peeling trajectory in the coverage-density plane with
 * the chosen box marked ({@code prim-tradeoff-<mix>}), the box's limits on each lever's sampled
 * range ({@code prim-box-<mix>}) and the states on the two most restrictive levers, coloured by
 * whether the criterion holds, with the box drawn ({@code prim-scatter-<mix>}).
 */
final class DiscoveryCharts {
    private static final Color CASE = Palette.variantColor(1);
    private static final Color OTHER = new Color(0xB0B0B0);

    private DiscoveryCharts() {
    }

    static void write(Path charts, ExplorationFile f, Ensemble e, Discovery d) throws IOException {
        tradeoff(d, charts.resolve("prim-tradeoff-" + d.mix()));
        limits(f, d, charts.resolve("prim-box-" + d.mix()));
        scatter(f, e, d, charts.resolve("prim-scatter-" + d.mix()));
    }

    private static void tradeoff(Discovery d, Path base) throws IOException {
        XYSeries s = new XYSeries("peeling", false);
        for (Prim.Box b : d.prim().trajectory()) {
            s.add(b.coverage(), b.density());
        }
        JFreeChart chart = ChartFactory.createXYLineChart("PRIM trade-off for " + d.mix(),
                "coverage (share of all cases inside the box)", "density (share of the box's states that are cases)",
                new XYSeriesCollection(s), PlotOrientation.VERTICAL, false, false, false);
        chart.getTitle().setFont(ChartFiles.TITLE);
        XYPlot plot = style(chart);
        ((XYLineAndShapeRenderer) plot.getRenderer()).setDefaultShapesVisible(true);
        Prim.Box c = d.prim().box();
        XYPointerAnnotation mark = new XYPointerAnnotation("chosen box after pasting: coverage "
                + pct(c.coverage()) + ", density " + pct(c.density()), c.coverage(), c.density(), Math.PI * 0.75);
        mark.setFont(ChartFiles.LABEL);
        plot.addAnnotation(mark);
        plot.getDomainAxis().setRange(0, 1.02);
        plot.getRangeAxis().setRange(0, 1.02);
        ChartFiles.write(chart, base);
    }

    private static void limits(ExplorationFile f, Discovery d, Path base) throws IOException {
        ChartFiles.write(base, (g, w, h) -> {
            ChartFiles.title(g, w, "Where " + d.mix() + " meets '" + f.criterion().text() + "'",
                    "the box (dark) on each lever's sampled range (grey); quasi-p-value of each restriction");
            int n = d.levers().size();
            double top = 80;
            double band = Math.min(60, (h - top - 30) / (double) n);
            double left = 260;
            double right = w - 170;
            for (int l = 0; l < n; l++) {
                double y = top + l * band + band / 2;
                double min = d.prim().min()[l];
                double span = Math.max(1e-12, d.prim().max()[l] - min);
                double x0 = left + (d.prim().box().lo()[l] - min) / span * (right - left);
                double x1 = left + (d.prim().box().hi()[l] - min) / span * (right - left);
                g.setPaint(new Color(0xE3E3E3));
                g.fill(new Rectangle2D.Double(left, y - 8, right - left, 16));
                g.setPaint(d.prim().restricts(l) ? CASE : new Color(0x9A9A9A));
                g.fill(new Rectangle2D.Double(x0, y - 8, Math.max(2, x1 - x0), 16));
                g.setPaint(Color.BLACK);
                g.setFont(d.prim().restricts(l) ? ChartFiles.LABEL_BOLD : ChartFiles.LABEL);
                String name = d.levers().get(l).key();
                g.drawString(name, (float) (left - 12 - g.getFontMetrics().stringWidth(name)), (float) (y + 5));
                g.setFont(ChartFiles.SMALL);
                g.drawString(Num.format(round(min)), (float) left, (float) (y + 22));
                String hi = Num.format(round(d.prim().max()[l]));
                g.drawString(hi, (float) (right - g.getFontMetrics().stringWidth(hi)), (float) (y + 22));
                if (d.prim().restricts(l)) {
                    ChartFiles.centred(g, Num.format(round(d.prim().box().lo()[l])) + " to "
                            + Num.format(round(d.prim().box().hi()[l])), (x0 + x1) / 2, y - 11);
                    g.drawString("p " + pValue(d.prim().quasiP()[l]), (float) (right + 12), (float) (y + 5));
                }
            }
        });
    }

    private static void scatter(ExplorationFile f, Ensemble e, Discovery d, Path base) throws IOException {
        List<Integer> r = d.restricted();
        int a = r.isEmpty() ? 0 : r.get(0);
        int b = r.size() > 1 ? r.get(1) : a == 0 ? Math.min(1, d.levers().size() - 1) : 0;
        XYSeries cases = new XYSeries(f.criterion().text(), false);
        XYSeries others = new XYSeries("not", false);
        for (int i = 0; i < e.values().length; i++) {
            (d.cases()[i] ? cases : others).add(d.value(e, i, a), d.value(e, i, b));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(others);
        data.addSeries(cases);
        JFreeChart chart = ChartFactory.createScatterPlot(d.mix() + ": states where '" + f.criterion().text()
                + "' holds", d.levers().get(a).key(), d.levers().get(b).key(), data, PlotOrientation.VERTICAL,
                true, false, false);
        chart.getTitle().setFont(ChartFiles.SUBTITLE);
        XYPlot plot = style(chart);
        plot.getRenderer().setSeriesPaint(0, OTHER);
        plot.getRenderer().setSeriesPaint(1, CASE);
        plot.getRenderer().setSeriesShape(0, new Rectangle2D.Double(-1.5, -1.5, 3, 3));
        plot.getRenderer().setSeriesShape(1, new Rectangle2D.Double(-1.5, -1.5, 3, 3));
        Prim.Box box = d.prim().box();
        plot.addAnnotation(new XYBoxAnnotation(box.lo()[a], box.lo()[b], box.hi()[a], box.hi()[b],
                new BasicStroke(2.5f), Color.BLACK));
        ChartFiles.write(chart, base);
    }

    private static XYPlot style(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setLabelFont(ChartFiles.LABEL);
        plot.getRangeAxis().setLabelFont(ChartFiles.LABEL);
        plot.getRenderer().setSeriesPaint(0, Palette.variantColor(0));
        return plot;
    }

    /** A share in whole percent, with one decimal where rounding would say 0% or 100% of a share in between. */
    static String pct(double share) {
        long whole = Math.round(100 * share);
        if ((whole == 100 && share < 1) || (whole == 0 && share > 0)) {
            return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
        }
        return whole + "%";
    }

    static String pValue(double p) {
        return p < 0.001 ? "< 0.001" : "= " + Num.format(Math.round(p * 1000) / 1000.0);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
