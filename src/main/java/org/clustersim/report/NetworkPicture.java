package org.clustersim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clustersim.model.Sphere;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.clustersim.output.ChartFiles;
import org.clustersim.output.Palette;
import org.clustersim.report.Figures.Figure;
import org.jgrapht.alg.scoring.BetweennessCentrality;

/**
 * The final network of one run, drawn from its GraphML file: actors placed by site
 * ({@link NetworkLayout}), coloured by kind ({@link Palette#kindColor}), shaped by sphere, sized by
 * normalised betweenness in the strong-tie graph; every acquaintance as a line whose width and
 * opacity grow with the pair's mean trust; institutions (every kind but firms) labelled by name.
 * The CSV lists every drawn node and edge with its pixel geometry and the values behind it.
 */
public final class NetworkPicture {

    static final String SECTION = "Networks";
    private static final Rectangle2D MARGIN = new Rectangle2D.Double(15, 94, 160, 494);
    private static final Rectangle2D MAIN = new Rectangle2D.Double(190, 62, 570, 528);
    private static final int LEGEND_X = 780;
    private static final Color EDGE = new Color(40, 40, 40);

    private NetworkPicture() {
    }

    /** Node radius in pixels for a normalised betweenness in [0, 1]. */
    static double radius(double betweenness) {
        return 4 + 18 * Math.sqrt(betweenness);
    }

    static float edgeWidth(double meanTrust) {
        return (float) (0.4 + 2.6 * meanTrust * meanTrust);
    }

    static float edgeAlpha(double meanTrust) {
        return (float) (0.04 + 0.66 * meanTrust * meanTrust);
    }

    /** Draws {@code charts/network-<variant>.*} from the variant's GraphML file. */
    public static Figure draw(Network net, String variant, String fileVariant, Path charts) throws IOException {
        Map<String, Double> betweenness = new BetweennessCentrality<>(net.strongTieGraph(), true).getScores();
        NetworkLayout layout = new NetworkLayout(net, MAIN, MARGIN);
        List<Network.Edge> edges = new ArrayList<>(net.edges());
        edges.sort(Comparator.comparingDouble(Network.Edge::meanTrust));
        List<Network.Node> nodes = new ArrayList<>(net.nodes());
        nodes.sort(Comparator.comparingDouble((Network.Node n) -> betweenness.get(n.id())).reversed());
        String name = "network-" + fileVariant;
        String title = "Final network of replication 1: " + variant;
        String subtitle = String.format(Locale.ROOT, "%d actors, %d acquaintances; strong tie: trust both ways >= %s",
                nodes.size(), edges.size(), Num.format(net.threshold()));
        ChartFiles.write(charts.resolve(name), (g, w, h) -> {
            ChartFiles.title(g, w, title, subtitle);
            List<Rectangle2D> siteLabels = paintSites(g, layout);
            for (Network.Edge e : edges) {
                Point2D a = layout.position(e.source());
                Point2D b = layout.position(e.target());
                g.setStroke(new BasicStroke(edgeWidth(e.meanTrust()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setPaint(withAlpha(EDGE, edgeAlpha(e.meanTrust())));
                g.draw(new Line2D.Double(a, b));
            }
            for (Network.Node n : nodes) {
                Point2D p = layout.position(n.id());
                Shape s = shape(n.kind().sphere(), p.getX(), p.getY(), radius(betweenness.get(n.id())));
                g.setPaint(Palette.kindColor(n.kind()));
                g.fill(s);
                g.setPaint(Color.WHITE);
                g.setStroke(new BasicStroke(1f));
                g.draw(s);
            }
            List<Rectangle2D> taken = new ArrayList<>(siteLabels);
            for (Network.Node n : nodes) {
                Point2D p = layout.position(n.id());
                taken.add(shape(n.kind().sphere(), p.getX(), p.getY(), radius(betweenness.get(n.id()))).getBounds2D());
            }
            for (Network.Node n : nodes) {
                if (!n.kind().isFirm()) {
                    label(g, n.name(), layout.position(n.id()), radius(betweenness.get(n.id())), taken, w, h);
                }
            }
            NetworkLegend.paint(g, LEGEND_X, 70, net);
        });
        writeCsv(charts.resolve(name + ".csv"), layout, nodes, edges, betweenness);
        return new Figure(name, "Final network: " + variant,
                "Actors of replication 1 of " + variant + " in the final month, grouped by site (Algiers and abroad in"
                        + " the left margin, not to scale). Colour: kind of actor; shape: sphere; size: betweenness in"
                        + " the strong-tie graph; lines: acquaintances, wider and darker with mutual trust.", SECTION);
    }

    /** Draws the margin and the site discs; returns the bounds of the site labels. */
    private static List<Rectangle2D> paintSites(Graphics2D g, NetworkLayout layout) {
        g.setPaint(new Color(0xF3F3F3));
        g.fill(new RoundRectangle2D.Double(MARGIN.getX(), MARGIN.getY() - 30, MARGIN.getWidth(),
                MARGIN.getHeight() + 30, 12, 12));
        g.setPaint(Color.DARK_GRAY);
        g.setFont(ChartFiles.SMALL);
        ChartFiles.centred(g, "outside Constantine", MARGIN.getCenterX(), MARGIN.getY() - 16);
        ChartFiles.centred(g, "(not to scale)", MARGIN.getCenterX(), MARGIN.getY() - 2);
        List<Rectangle2D> labels = new ArrayList<>();
        for (NetworkLayout.SiteDisc d : layout.discs()) {
            Ellipse2D disc = new Ellipse2D.Double(d.cx() - d.radius(), d.cy() - d.radius(), 2 * d.radius(), 2 * d.radius());
            g.setPaint(d.remote() ? Color.WHITE : new Color(0xF3F3F3));
            g.fill(disc);
            g.setPaint(new Color(0xC8C8C8));
            g.setStroke(new BasicStroke(1f));
            g.draw(disc);
            String text = siteName(d.site().key()) + " (" + d.count() + ")";
            g.setFont(ChartFiles.LABEL_BOLD);
            double width = g.getFontMetrics().stringWidth(text);
            double y = d.cy() + d.radius() + 17;
            haloText(g, text, d.cx() - width / 2, y);
            labels.add(new Rectangle2D.Double(d.cx() - width / 2, y - 13, width, 16));
        }
        return labels;
    }

    /**
     * Draws a node's name at the first free place around it (right or left at growing vertical
     * offsets, then above, below), so that labels do not overwrite each other or the nodes.
     */
    private static void label(Graphics2D g, String text, Point2D p, double r, List<Rectangle2D> taken, int w, int h) {
        g.setFont(ChartFiles.LABEL_BOLD);
        double tw = g.getFontMetrics().stringWidth(text);
        double th = 13;
        List<double[]> offsets = new ArrayList<>();
        for (double dy : new double[] {4, 18, -10, 32, -24}) {
            offsets.add(new double[] {r + 3, dy});
            offsets.add(new double[] {-r - 3 - tw, dy});
        }
        offsets.add(new double[] {-tw / 2, -r - 4});
        offsets.add(new double[] {-tw / 2, r + th + 2});
        Rectangle2D chosen = null;
        for (double[] o : offsets) {
            Rectangle2D box = new Rectangle2D.Double(p.getX() + o[0], p.getY() + o[1] - th, tw, th + 3);
            boolean inside = box.getMinX() >= 0 && box.getMaxX() <= w && box.getMinY() >= 0 && box.getMaxY() <= h;
            if (inside && taken.stream().noneMatch(box::intersects)) {
                chosen = box;
                break;
            }
        }
        if (chosen == null) {
            chosen = new Rectangle2D.Double(p.getX() + r + 3, p.getY() + 4 - th, tw, th + 3);
        }
        taken.add(chosen);
        haloText(g, text, chosen.getX(), chosen.getY() + th);
    }

    /** "oued_hamimime" -> "Oued Hamimime". */
    static String siteName(String key) {
        StringBuilder sb = new StringBuilder();
        for (String word : key.split("_")) {
            sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return sb.toString();
    }

    /** The marker of a sphere, of radius about r around (x, y). */
    static Shape shape(Sphere sphere, double x, double y, double r) {
        return switch (sphere) {
            case FIRMS -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            case PUBLIC_AUTHORITIES -> new Rectangle2D.Double(x - 0.9 * r, y - 0.9 * r, 1.8 * r, 1.8 * r);
            case ACADEMIA -> polygon(x, y, 1.25 * r, 3);
            case INTERMEDIARY -> polygon(x, y, 1.2 * r, 4);
            case INTERNATIONAL -> star(x, y, 1.35 * r);
        };
    }

    private static Shape polygon(double x, double y, double r, int corners) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < corners; i++) {
            double a = -Math.PI / 2 + 2 * Math.PI * i / corners;
            if (i == 0) {
                p.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
            } else {
                p.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }

    private static Shape star(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + Math.PI * i / 5;
            double d = i % 2 == 0 ? r : r * 0.45;
            if (i == 0) {
                p.moveTo(x + d * Math.cos(a), y + d * Math.sin(a));
            } else {
                p.lineTo(x + d * Math.cos(a), y + d * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }

    private static void haloText(Graphics2D g, String text, double x, double y) {
        g.setFont(ChartFiles.LABEL_BOLD);
        g.setPaint(new Color(255, 255, 255, 210));
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                g.drawString(text, (float) x + dx, (float) y + dy);
            }
        }
        g.setPaint(Color.BLACK);
        g.drawString(text, (float) x, (float) y);
    }

    static Color withAlpha(Color c, float alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(alpha * 255));
    }

    private static void writeCsv(Path file, NetworkLayout layout, List<Network.Node> nodes, List<Network.Edge> edges,
                                 Map<String, Double> betweenness) throws IOException {
        try (BufferedWriter out = Csv.open(file)) {
            out.write("type,id,name,kind,site,x_px,y_px,radius_px,betweenness,"
                    + "source,target,mean_trust,strong,width_px,alpha\n");
            for (Network.Node n : nodes) {
                Point2D p = layout.position(n.id());
                double b = betweenness.get(n.id());
                Csv.writeRow(out, List.of("node", n.id(), n.name(), n.kind().key(), n.site().key(), Num.format(p.getX()),
                        Num.format(p.getY()), Num.format(radius(b)), Num.format(b), "", "", "", "", "", ""));
            }
            for (Network.Edge e : edges) {
                double m = e.meanTrust();
                Csv.writeRow(out, List.of("edge", "", "", "", "", "", "", "", "", e.source(), e.target(),
                        Num.format(m), Boolean.toString(e.strong()), Num.format(edgeWidth(m)), Num.format(edgeAlpha(m))));
            }
        }
    }
}
