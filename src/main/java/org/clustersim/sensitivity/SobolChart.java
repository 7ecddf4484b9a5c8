package org.clustersim.sensitivity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.clustersim.format.Num;
import org.clustersim.output.ChartFiles;
import org.clustersim.output.Palette;

/**
 * The Sobol' indices of one output and metric as horizontal bars, one pair per parameter, sorted
 * by total index: first order (light) and total (dark), each with its 95% bootstrap interval as a
 * whisker. A total index far above the first order means the parameter acts through interactions
 * (Saltelli et al. 2008, section 4.6). Parameter names are written in full at the left.
 */
final class SobolChart {
    private static final int LEFT = 230;
    private static final int RIGHT = 40;
    private static final int TOP = 80;
    private static final int BOTTOM = 60;

    private SobolChart() {
    }

    static void write(List<SobolAnalysis.Row> rows, String title, Path base) throws IOException {
        List<SobolAnalysis.Row> sorted = rows.stream()
                .sorted(Comparator.comparingDouble((SobolAnalysis.Row r) -> safe(r.index().total())).reversed())
                .toList();
        double lo = 0;
        double hi = 1e-9;
        for (SobolAnalysis.Row r : sorted) {
            lo = Math.min(lo, Math.min(safe(r.index().firstLow()), safe(r.index().first())));
            hi = Math.max(hi, Math.max(safe(r.index().totalHigh()), safe(r.index().firstHigh())));
        }
        hi = Math.ceil(hi * 10) / 10;
        lo = Math.floor(lo * 10) / 10;
        double min = lo;
        double max = hi;
        ChartFiles.write(base, (g, w, h) -> paint(g, w, h, sorted, title, min, max));
    }

    private static void paint(Graphics2D g, int w, int h, List<SobolAnalysis.Row> rows, String title, double lo,
                              double hi) {
        ChartFiles.title(g, w, title, "first-order (light) and total (dark) Sobol' indices, 95% bootstrap intervals");
        double plotW = w - LEFT - RIGHT;
        double band = (h - TOP - BOTTOM) / (double) Math.max(1, rows.size());
        java.util.function.DoubleUnaryOperator x = v -> LEFT + (v - lo) / (hi - lo) * plotW;
        g.setFont(ChartFiles.SMALL);
        double tick = hi - lo > 1.2 ? 0.2 : 0.1;
        for (double t = lo; t <= hi + 1e-9; t += tick) {
            g.setPaint(new Color(0xDDDDDD));
            g.draw(new Line2D.Double(x.applyAsDouble(t), TOP, x.applyAsDouble(t), h - BOTTOM));
            g.setPaint(Color.DARK_GRAY);
            ChartFiles.centred(g, Num.format(Math.round(t * 10) / 10.0), x.applyAsDouble(t), h - BOTTOM + 16);
        }
        g.setFont(ChartFiles.LABEL);
        ChartFiles.centred(g, "index (share of the output's variance)", LEFT + plotW / 2, h - 18);
        Color light = Palette.variantColor(5);
        Color dark = Palette.variantColor(0);
        for (int i = 0; i < rows.size(); i++) {
            SobolIndices.Index ix = rows.get(i).index();
            double y = TOP + i * band;
            double barH = Math.min(14, band * 0.38);
            g.setPaint(Color.BLACK);
            g.setFont(ChartFiles.LABEL);
            String name = rows.get(i).parameter().key();
            g.drawString(name, LEFT - 10 - g.getFontMetrics().stringWidth(name), (float) (y + band / 2 + 5));
            bar(g, x, y + band / 2 - barH - 1, barH, ix.first(), ix.firstLow(), ix.firstHigh(), light);
            bar(g, x, y + band / 2 + 1, barH, ix.total(), ix.totalLow(), ix.totalHigh(), dark);
        }
        g.setPaint(Color.BLACK);
        g.draw(new Line2D.Double(x.applyAsDouble(0), TOP, x.applyAsDouble(0), h - BOTTOM));
    }

    private static void bar(Graphics2D g, java.util.function.DoubleUnaryOperator x, double y, double barH,
                            double v, double low, double high, Color c) {
        if (Double.isNaN(v)) {
            return;
        }
        double x0 = x.applyAsDouble(Math.min(0, v));
        double x1 = x.applyAsDouble(Math.max(0, v));
        g.setPaint(c);
        g.fill(new Rectangle2D.Double(x0, y, x1 - x0, barH));
        if (!Double.isNaN(low)) {
            g.setPaint(Color.BLACK);
            g.setStroke(new BasicStroke(1.3f));
            double mid = y + barH / 2;
            g.draw(new Line2D.Double(x.applyAsDouble(low), mid, x.applyAsDouble(high), mid));
            g.draw(new Line2D.Double(x.applyAsDouble(low), y + 2, x.applyAsDouble(low), y + barH - 2));
            g.draw(new Line2D.Double(x.applyAsDouble(high), y + 2, x.applyAsDouble(high), y + barH - 2));
            g.setStroke(new BasicStroke(1f));
        }
    }

    private static double safe(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
