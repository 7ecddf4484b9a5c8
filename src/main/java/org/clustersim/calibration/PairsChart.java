package org.clustersim.calibration;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.clustersim.output.ChartFiles;
import org.clustersim.output.Palette;

/**
 * The pairs chart of a calibration: a scatter matrix (lower triangle) of every pair of
 * parameters over the prior box, all prior draws in light grey and the accepted ones in colour,
 * so that where the accepted sets gather (or do not) shows at a glance. Rows are numbered and
 * named on the left; columns carry the same numbers.
 */
public final class PairsChart {
    private static final int LEFT = 230;
    private static final int TOP = 60;
    private static final int BOTTOM = 40;

    private PairsChart() {
    }

    public static void write(ParameterBox prior, List<Rejection.Sample> all, List<Rejection.Sample> accepted,
                             String title, Path base) throws IOException {
        ChartFiles.write(base, (g, w, h) -> paint(g, w, h, prior, all, accepted, title));
    }

    private static void paint(Graphics2D g, int w, int h, ParameterBox prior, List<Rejection.Sample> all,
                              List<Rejection.Sample> accepted, String title) {
        ChartFiles.title(g, w, title, accepted.size() + " of " + all.size()
                + " prior draws accepted (colour); axes span each prior range");
        int k = prior.dimensions();
        int cells = Math.max(1, k - 1);
        double cell = Math.min((w - LEFT - 20.0) / cells, (h - TOP - BOTTOM) / (double) cells);
        g.setFont(ChartFiles.SMALL);
        for (int i = 1; i < k; i++) {
            double y = TOP + (i - 1) * cell;
            g.setPaint(Color.BLACK);
            g.drawString((i + 1) + " " + prior.keys().get(i), 8, (float) (y + cell / 2 + 4));
            for (int j = 0; j < i; j++) {
                double x = LEFT + j * cell;
                g.setPaint(new Color(0x999999));
                g.setStroke(new BasicStroke(1f));
                g.draw(new Rectangle2D.Double(x, y, cell - 3, cell - 3));
                dots(g, prior, all, i, j, x, y, cell - 3, new Color(0xD0D0D0), 2.5);
                dots(g, prior, accepted, i, j, x, y, cell - 3, Palette.variantColor(0), 4);
            }
        }
        g.setPaint(Color.BLACK);
        for (int j = 0; j < k - 1; j++) {
            ChartFiles.centred(g, Integer.toString(j + 1), LEFT + j * cell + cell / 2, TOP + (k - 1) * cell + 14);
        }
        g.drawString("1 " + prior.keys().get(0) + " (column only)", 8, (float) (TOP - 8));
    }

    private static void dots(Graphics2D g, ParameterBox prior, List<Rejection.Sample> samples, int row, int col,
                             double x, double y, double size, Color colour, double r) {
        g.setPaint(colour);
        for (Rejection.Sample s : samples) {
            double u = scaled(prior, col, s.values()[col]);
            double v = scaled(prior, row, s.values()[row]);
            g.fill(new Ellipse2D.Double(x + u * size - r / 2, y + (1 - v) * size - r / 2, r, r));
        }
    }

    private static double scaled(ParameterBox prior, int d, double value) {
        return (value - prior.min()[d]) / (prior.max()[d] - prior.min()[d]);
    }
}
