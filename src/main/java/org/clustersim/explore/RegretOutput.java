package org.clustersim.explore;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.clustersim.output.ChartFiles;
import org.clustersim.output.Palette;

/**
 * Writes a regret analysis: {@code regret.csv} (per state and mix: the levers' values, the
 * outcome and the regret), {@code regret-summary.csv} (per mix: median, 90th percentile and
 * maximum regret, the share of states where it is best, its mean outcome) and the chart
 * {@code charts/regret}: "which mix is the safest bet", each mix's regrets from median to 90th
 * percentile as a bar, a whisker to the maximum, safest first.
 */
public final class RegretOutput {
    private RegretOutput() {
    }

    public static void write(Path dir, ExplorationFile f, Ensemble e, Regret r) throws IOException {
        try (BufferedWriter out = Csv.open(dir.resolve("regret.csv"))) {
            List<String> header = new ArrayList<>(List.of("state"));
            f.levers().forEach(l -> header.add(l.key()));
            header.addAll(List.of("mix", f.outcome().metric(), "regret"));
            Csv.writeRow(out, header);
            for (int i = 0; i < e.values().length; i++) {
                for (int m = 0; m < r.mixes().size(); m++) {
                    List<String> row = new ArrayList<>(List.of(Integer.toString(i + 1)));
                    for (double v : e.values()[i]) {
                        row.add(Num.format(v));
                    }
                    row.addAll(List.of(r.mixes().get(m), Num.format(r.outcome()[i][m]), Num.format(r.regret()[i][m])));
                    Csv.writeRow(out, row);
                }
            }
        }
        try (BufferedWriter out = Csv.open(dir.resolve("regret-summary.csv"))) {
            Csv.writeRow(out, List.of("mix", "median_regret", "p90_regret", "max_regret", "share_best",
                    "mean_" + f.outcome().metric(), "safest"));
            String safest = r.safest().mix();
            for (Regret.Summary s : r.summaries()) {
                Csv.writeRow(out, List.of(s.mix(), Num.format(s.median()), Num.format(s.p90()), Num.format(s.max()),
                        Num.format(s.shareBest()), Num.format(s.meanOutcome()), s.mix().equals(safest) ? "1" : "0"));
            }
        }
        Path charts = Files.createDirectories(dir.resolve("charts"));
        List<Regret.Summary> sorted = r.summaries().stream()
                .sorted(Comparator.comparingDouble(Regret.Summary::p90).thenComparingDouble(Regret.Summary::max))
                .toList();
        String what = f.outcome().metric() + " at month " + f.outcome().month();
        ChartFiles.write(charts.resolve("regret"), (g, w, h) -> paint(g, w, h, sorted, what));
    }

    private static void paint(Graphics2D g, int w, int h, List<Regret.Summary> rows, String what) {
        ChartFiles.title(g, w, "Which mix is the safest bet?", "regret in " + what
                + " (shortfall to the best mix in the same state): median (dot) to 90th percentile (bar), maximum");
        double left = 200;
        double right = w - 190;
        double top = 80;
        double bottom = h - 60;
        double largest = rows.stream().mapToDouble(Regret.Summary::max).max().orElse(1);
        double step = tick(largest > 0 ? largest : 1);
        int ticks = (int) Math.ceil((largest > 0 ? largest : 1) / step);
        double max = ticks * step;
        double band = (bottom - top) / rows.size();
        g.setFont(ChartFiles.SMALL);
        for (int t = 0; t <= ticks; t++) {
            double v = step * t;
            double x = left + v / max * (right - left);
            g.setPaint(new Color(0xDDDDDD));
            g.draw(new Line2D.Double(x, top, x, bottom));
            g.setPaint(Color.DARK_GRAY);
            ChartFiles.centred(g, Num.format(Math.round(v / step) * step), x, bottom + 16);
        }
        g.setFont(ChartFiles.LABEL);
        ChartFiles.centred(g, "regret (" + what + ")", (left + right) / 2, h - 18);
        for (int i = 0; i < rows.size(); i++) {
            Regret.Summary s = rows.get(i);
            double y = top + i * band + band / 2;
            double xMed = left + s.median() / max * (right - left);
            double x90 = left + s.p90() / max * (right - left);
            double xMax = left + s.max() / max * (right - left);
            Color c = Palette.variantColor(i);
            g.setPaint(c);
            g.fill(new Rectangle2D.Double(xMed, y - 10, Math.max(2, x90 - xMed), 20));
            g.setPaint(Color.BLACK);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Line2D.Double(x90, y, xMax, y));
            g.draw(new Line2D.Double(xMax, y - 6, xMax, y + 6));
            g.setStroke(new BasicStroke(1f));
            g.fill(new Ellipse2D.Double(xMed - 5, y - 5, 10, 10));
            g.setFont(i == 0 ? ChartFiles.LABEL_BOLD : ChartFiles.LABEL);
            String name = s.mix() + (i == 0 ? " (safest)" : "");
            g.drawString(name, (float) (left - 12 - g.getFontMetrics().stringWidth(name)), (float) (y + 5));
            g.setFont(ChartFiles.SMALL);
            g.drawString("best in " + DiscoveryCharts.pct(s.shareBest()) + " of states", (float) (right + 12),
                    (float) (y + 5));
        }
    }

    /** A round step (1, 2 or 5 times a power of ten) giving about five ticks up to {@code max}. */
    static double tick(double max) {
        double raw = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }
}
