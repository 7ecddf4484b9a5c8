package org.clustersim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.clustersim.model.ActorKind;
import org.clustersim.model.Sphere;
import org.clustersim.output.ChartFiles;
import org.clustersim.output.Palette;

/**
 * The legend column of {@link NetworkPicture}: the kinds present (colour, drawn in their sphere's
 * shape), the spheres present (shape), sample node sizes for betweenness, and sample lines for
 * mean trust.
 */
final class NetworkLegend {

    private static final int ROW = 18;
    private static final double[] SIZE_SAMPLES = {0, 0.1, 0.4};
    private static final double[] TRUST_SAMPLES = {0.3, 0.6, 0.9};

    private NetworkLegend() {
    }

    static void paint(Graphics2D g, int x, int y, Network net) {
        Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
        net.nodes().forEach(n -> kinds.add(n.kind()));
        Set<Sphere> spheres = EnumSet.noneOf(Sphere.class);
        kinds.forEach(k -> spheres.add(k.sphere()));
        int cy = header(g, "Kind (colour)", x, y);
        for (ActorKind k : kinds) {
            marker(g, NetworkPicture.shape(k.sphere(), x + 8, cy - 5, 6), Palette.kindColor(k));
            text(g, k.key().replace('_', ' '), x + 22, cy);
            cy += ROW;
        }
        cy = header(g, "Sphere (shape)", x, cy + 6);
        for (Sphere s : spheres) {
            marker(g, NetworkPicture.shape(s, x + 8, cy - 5, 6), Color.GRAY);
            text(g, s.name().toLowerCase(Locale.ROOT).replace('_', ' '), x + 22, cy);
            cy += ROW;
        }
        cy = header(g, "Size: betweenness", x, cy + 6);
        int sx = x + 8;
        for (double b : SIZE_SAMPLES) {
            double r = NetworkPicture.radius(b);
            marker(g, NetworkPicture.shape(Sphere.FIRMS, sx + r - 4, cy + 6, r), Color.GRAY);
            text(g, String.format(Locale.ROOT, "%.1f", b), (int) (sx + 2 * r), cy + 11);
            sx += (int) (2 * r) + 32;
        }
        cy = header(g, "Line: mutual trust", x, cy + 40);
        for (double t : TRUST_SAMPLES) {
            g.setStroke(new BasicStroke(NetworkPicture.edgeWidth(t), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setPaint(NetworkPicture.withAlpha(new Color(40, 40, 40), NetworkPicture.edgeAlpha(t)));
            g.draw(new Line2D.Double(x + 2, cy - 5, x + 40, cy - 5));
            text(g, String.format(Locale.ROOT, "%.1f", t), x + 48, cy);
            cy += ROW;
        }
    }

    private static int header(Graphics2D g, String title, int x, int y) {
        g.setPaint(Color.BLACK);
        g.setFont(ChartFiles.LABEL_BOLD);
        g.drawString(title, x, y);
        return y + ROW + 2;
    }

    private static void marker(Graphics2D g, Shape s, Color c) {
        g.setPaint(c);
        g.fill(s);
    }

    private static void text(Graphics2D g, String s, int x, int y) {
        g.setPaint(Color.BLACK);
        g.setFont(ChartFiles.LABEL);
        g.drawString(s, x, y);
    }
}
