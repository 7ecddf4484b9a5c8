package org.clustersim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.clustersim.model.ActorKind;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.clustersim.output.ChartFiles;
import org.clustersim.report.Figures.Figure;

/**
 * The final trust matrix of one variant as a heatmap: rows the kind that trusts, columns the kind
 * trusted, both in {@link ActorKind} order and limited to the kinds present in trust_matrix.csv for
 * the variant. Cells show the mean trust in colour (viridis, 0 to 1, Smith and van der Walt 2015,
 * perceptually uniform and colour-blind safe) and in figures; pairs without ties are grey. The CSV
 * holds every plotted cell ({@code from_kind,to_kind,runs,mean_trust}, NA for grey cells).
 */
public final class TrustHeatmap {

    static final String SECTION = "Trust between kinds of actor";
    private static final Color MISSING = new Color(0xD9D9D9);
    /** Space between grid and legend, where the slanted labels of the last columns end. */
    private static final int LEGEND_GAP = 120;
    /** Viridis at 0, 1/8, ..., 1. */
    private static final int[] VIRIDIS = {
        0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725};

    private TrustHeatmap() {
    }

    /** A variant's trust matrix: the kinds present and mean[from][to] (NaN when absent), runs likewise. */
    public record Matrix(String variant, List<ActorKind> kinds, double[][] mean, int[][] runs) {
    }

    /** Reads the matrix of {@code variant} from trust_matrix.csv. */
    public static Matrix read(CsvTable t, String variant) throws IOException {
        int v = t.column("variant");
        int from = t.column("from_kind");
        int to = t.column("to_kind");
        int runs = t.column("runs");
        int mean = t.column("mean_trust");
        int k = ActorKind.values().length;
        double[][] means = new double[k][k];
        int[][] counts = new int[k][k];
        boolean[] present = new boolean[k];
        for (double[] row : means) {
            Arrays.fill(row, Double.NaN);
        }
        for (List<String> row : t.rows()) {
            if (row.get(v).equals(variant)) {
                int i = kind(row.get(from)).ordinal();
                int j = kind(row.get(to)).ordinal();
                means[i][j] = CsvTable.number(row.get(mean));
                counts[i][j] = Integer.parseInt(row.get(runs));
                present[i] = true;
                present[j] = true;
            }
        }
        List<ActorKind> kinds = new ArrayList<>();
        for (ActorKind a : ActorKind.values()) {
            if (present[a.ordinal()]) {
                kinds.add(a);
            }
        }
        double[][] m = new double[kinds.size()][kinds.size()];
        int[][] n = new int[kinds.size()][kinds.size()];
        for (int i = 0; i < kinds.size(); i++) {
            for (int j = 0; j < kinds.size(); j++) {
                m[i][j] = means[kinds.get(i).ordinal()][kinds.get(j).ordinal()];
                n[i][j] = counts[kinds.get(i).ordinal()][kinds.get(j).ordinal()];
            }
        }
        return new Matrix(variant, kinds, m, n);
    }

    /** Draws {@code charts/trust-<variant>.*}. */
    public static Figure draw(Matrix m, String fileVariant, Path charts) throws IOException {
        String name = "trust-" + fileVariant;
        ChartFiles.write(charts.resolve(name), (g, w, h) -> paint(g, w, h, m));
        try (BufferedWriter out = Csv.open(charts.resolve(name + ".csv"))) {
            out.write("from_kind,to_kind,runs,mean_trust\n");
            for (int i = 0; i < m.kinds().size(); i++) {
                for (int j = 0; j < m.kinds().size(); j++) {
                    Csv.writeRow(out, List.of(m.kinds().get(i).key(), m.kinds().get(j).key(),
                            Integer.toString(m.runs()[i][j]), Num.format(m.mean()[i][j])));
                }
            }
        }
        return new Figure(name, "Trust between kinds of actor: " + m.variant(),
                "Mean trust that actors of the row kind place in actors of the column kind at the end of the run,"
                        + " averaged first within each replication and then over replications, for " + m.variant()
                        + ". Grey cells: no such tie in any replication.", SECTION);
    }

    private static void paint(Graphics2D g, int w, int h, Matrix m) {
        ChartFiles.title(g, w, "Final trust by kind of actor: " + m.variant(),
                "row = kind that trusts, column = kind trusted; mean over replications");
        int k = m.kinds().size();
        g.setFont(ChartFiles.LABEL);
        int labelWidth = 0;
        for (ActorKind a : m.kinds()) {
            labelWidth = Math.max(labelWidth, g.getFontMetrics().stringWidth(label(a)));
        }
        int top = 60 + (int) (labelWidth * Math.sqrt(0.5)) + 10;
        int cell = Math.max(1, Math.min(56, (h - top - 15) / Math.max(1, k)));
        // Row labels, grid, room for the slanted column labels, legend: centred as one block.
        int block = labelWidth + 8 + k * cell + LEGEND_GAP + 80;
        int left = Math.max(20, (w - block) / 2) + labelWidth + 8;
        for (int i = 0; i < k; i++) {
            g.setPaint(Color.BLACK);
            g.setFont(ChartFiles.LABEL);
            String row = label(m.kinds().get(i));
            g.drawString(row, left - 8 - g.getFontMetrics().stringWidth(row), top + i * cell + cell / 2 + 5);
            AffineTransform saved = g.getTransform();
            g.translate(left + i * cell + cell / 2.0 + 4, top - 6);
            g.rotate(-Math.PI / 4);
            g.drawString(label(m.kinds().get(i)), 0, 0);
            g.setTransform(saved);
            for (int j = 0; j < k; j++) {
                double v = m.mean()[i][j];
                Color fill = Double.isNaN(v) ? MISSING : colour(v);
                g.setPaint(fill);
                g.fillRect(left + j * cell, top + i * cell, cell, cell);
                g.setPaint(Color.WHITE);
                g.setStroke(new BasicStroke(1f));
                g.drawRect(left + j * cell, top + i * cell, cell, cell);
                g.setFont(cell >= 36 ? ChartFiles.LABEL : ChartFiles.SMALL);
                g.setPaint(Double.isNaN(v) ? Color.GRAY : textColour(fill));
                ChartFiles.centred(g, Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v),
                        left + j * cell + cell / 2.0, top + i * cell + cell / 2.0 + 5);
            }
        }
        legend(g, left + k * cell + LEGEND_GAP, top, Math.max(220, k * cell));
    }

    private static void legend(Graphics2D g, int x, int y, int height) {
        g.setPaint(Color.BLACK);
        g.setFont(ChartFiles.LABEL_BOLD);
        g.drawString("mean trust", x - 10, y - 12);
        int barHeight = height - 50;
        for (int p = 0; p < barHeight; p++) {
            g.setPaint(colour(1 - (double) p / (barHeight - 1)));
            g.fillRect(x, y + p, 22, 1);
        }
        g.setFont(ChartFiles.LABEL);
        for (int t = 0; t <= 4; t++) {
            int ty = y + (int) Math.round((1 - t / 4.0) * (barHeight - 1));
            g.setPaint(Color.BLACK);
            g.drawLine(x + 22, ty, x + 27, ty);
            g.drawString(String.format(Locale.ROOT, "%.2f", t / 4.0), x + 31, ty + 5);
        }
        g.setPaint(MISSING);
        g.fillRect(x, y + barHeight + 20, 22, 22);
        g.setPaint(Color.BLACK);
        g.drawString("no tie", x + 31, y + barHeight + 36);
    }

    /** Viridis colour of {@code v} in [0, 1], linear between the anchors. */
    static Color colour(double v) {
        double t = Math.max(0, Math.min(1, v)) * (VIRIDIS.length - 1);
        int i = Math.min((int) t, VIRIDIS.length - 2);
        double f = t - i;
        Color a = new Color(VIRIDIS[i]);
        Color b = new Color(VIRIDIS[i + 1]);
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    /** Black on light cells, white on dark ones (Rec. 709 luma of the fill). */
    static Color textColour(Color fill) {
        double lum = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return lum > 128 ? Color.BLACK : Color.WHITE;
    }

    private static String label(ActorKind a) {
        return a.key().replace('_', ' ');
    }

    private static ActorKind kind(String key) throws IOException {
        try {
            return ActorKind.valueOf(key.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException("trust_matrix.csv: unknown actor kind '" + key + "'", e);
        }
    }
}
