package org.clustersim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Site;
import org.clustersim.output.Palette;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

/**
 * The backdrop of the network display, drawn under the ties and actors: the left strip for the
 * actors outside Constantine (not to scale), a pale disc per occupied site, and in the right strip
 * the month, the cluster's stage and a legend of the kinds present. The sites' names are a
 * separate layer ({@link SiteNames}) above the ties. Nothing in either can be clicked.
 */
final class MapPortrayal extends FieldPortrayal2D {
    private static final Color STRIP = new Color(0xEEF0F3);
    private static final Color DISC = new Color(0xF3EEE4);
    private static final Color TEXT = new Color(0x333333);
    private static final Color MUTED = new Color(0x777777);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final NetworkFields fields;

    MapPortrayal(NetworkFields fields) {
        this.fields = fields;
        setField(fields);
    }

    @Override
    protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
        ClusterModel m = fields.model();
        if (putInHere != null || m == null) {
            return;
        }
        double u = info.draw.width / SiteLayout.WIDTH;
        double x0 = info.draw.x;
        double y0 = info.draw.y;
        double h = SiteLayout.HEIGHT * u;
        g.setColor(STRIP);
        g.fill(new Rectangle2D.Double(x0, y0, SiteLayout.MARGIN * u, h));
        g.fill(new Rectangle2D.Double(x0 + SiteLayout.LEGEND * u, y0, (SiteLayout.WIDTH - SiteLayout.LEGEND) * u, h));
        g.setColor(MUTED);
        g.setFont(SMALL);
        g.drawString("outside Constantine", (float) (x0 + 6), (float) (y0 + 14));
        g.drawString("(not to scale)", (float) (x0 + 6), (float) (y0 + 27));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        g.draw(new Line2D.Double(x0 + SiteLayout.MARGIN * u, y0, x0 + SiteLayout.MARGIN * u, y0 + h));
        SiteLayout layout = fields.layout();
        for (Site s : Site.values()) {
            if (layout.occupied(s)) {
                double r = layout.siteRadius(s) * u;
                double cx = x0 + layout.centre(s).x * u;
                double cy = y0 + layout.centre(s).y * u;
                g.setColor(DISC);
                g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            }
        }
        legend(g, m, x0 + SiteLayout.LEGEND * u + 8, y0 + 18);
    }

    private static void legend(Graphics2D g, ClusterModel m, double x, double y) {
        g.setColor(TEXT);
        g.setFont(TITLE);
        g.drawString("month " + m.month(), (float) x, (float) y);
        String stage = m.cluster().stage().name().toLowerCase(Locale.ROOT);
        g.drawString("stage: " + stage, (float) x, (float) (y + 17));
        g.setFont(SMALL);
        g.setColor(MUTED);
        g.drawString(m.cluster().isCharterInForce() ? "charter in force" : "no charter", (float) x, (float) (y + 32));
        Set<ActorKind> present = EnumSet.noneOf(ActorKind.class);
        for (Actor a : m.actors()) {
            present.add(a.getKind());
        }
        double row = y + 58;
        for (ActorKind k : present) {
            g.setColor(Palette.kindColor(k));
            g.fill(ActorPortrayal.shape(k.sphere(), x + 6, row - 4, 11));
            g.setColor(TEXT);
            g.drawString(k.key().replace('_', ' '), (float) (x + 16), (float) row);
            row += 16;
        }
        g.setColor(MUTED);
        row += 6;
        for (String line : new String[] {"dark rim: member", "dashed: inactive", "line: mutual trust",
                "  thin 0.3 ... thick 1"}) {
            g.drawString(line, (float) x, (float) row);
            row += 15;
        }
    }

    /** The names of the occupied sites, a layer of their own drawn above the ties. */
    static final class SiteNames extends FieldPortrayal2D {
        private final NetworkFields fields;

        SiteNames(NetworkFields fields) {
            this.fields = fields;
            setField(fields);
        }

        @Override
        protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
            if (putInHere != null || fields.model() == null) {
                return;
            }
            double u = info.draw.width / SiteLayout.WIDTH;
            SiteLayout layout = fields.layout();
            g.setFont(TITLE);
            for (Site s : Site.values()) {
                if (layout.occupied(s)) {
                    double r = layout.siteRadius(s) * u;
                    double cx = info.draw.x + layout.centre(s).x * u;
                    double cy = info.draw.y + layout.centre(s).y * u;
                    double w = g.getFontMetrics().stringWidth(siteName(s));
                    ActorPortrayal.label(g, siteName(s), cx + r * 0.72 + w / 2, cy - r * 0.72, MUTED);
                }
            }
        }
    }

    private static String siteName(Site s) {
        return switch (s) {
            case BARDO -> "Bardo";
            case CITY_CENTRE -> "city centre";
            case AIN_SMARA -> "Ain Smara";
            case OUED_HAMIMIME -> "Oued Hamimime";
            case ALGIERS -> "Algiers";
            case ABROAD -> "abroad";
        };
    }
}
