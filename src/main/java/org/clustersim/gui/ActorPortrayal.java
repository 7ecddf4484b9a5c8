package org.clustersim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.clustersim.model.Actor;
import org.clustersim.model.Sphere;
import org.clustersim.output.Palette;
import sim.portrayal.DrawInfo2D;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws an actor of the network display: filled with its kind's colour ({@link Palette#kindColor}),
 * with a shape per sphere of the triple helix (firms circles, public authorities squares,
 * academia triangles, intermediaries diamonds, international actors hexagons), since kinds of one
 * colour family can look alike to colour-blind readers. Institutions are largest; actors named one
 * by one in the scenario (institutions, state firms) are labelled and larger than the anonymous
 * crowd of artisans and SMEs. Member firms have a dark rim; an inactive actor (not yet entered, or
 * gone) is a dashed grey outline.
 */
final class ActorPortrayal extends SimplePortrayal2D {
    private static final double FIRM_SIZE = 1.1;
    private static final double NAMED_FIRM_SIZE = 1.7;
    private static final double INSTITUTION_SIZE = 2.2;
    private static final Color INACTIVE = new Color(0xAAAAAA);
    private static final Color RIM = new Color(0x222222);
    private static final Color SELECTED = new Color(0xD00000);
    private static final Color HALO = new Color(255, 255, 255, 210);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);

    /** Double-clicking an actor shows its properties and its trust in others as bars. */
    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState gui) {
        return new ActorInspector((ActorView) wrapper.getObject(), gui);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Actor a = ((ActorView) object).actor();
        double size = size(a) * info.draw.width;
        Shape shape = shape(a.getKind().sphere(), info.draw.x, info.draw.y, size);
        if (a.isActive()) {
            g.setColor(Palette.kindColor(a.getKind()));
            g.fill(shape);
            boolean rim = a.isMember() || !a.getKind().isFirm();
            g.setColor(rim ? RIM : Color.WHITE);
            g.setStroke(new BasicStroke(rim ? 1.5f : 0.8f));
        } else {
            g.setColor(INACTIVE);
            g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
        }
        g.draw(shape);
        if (info.selected) {
            g.setColor(SELECTED);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Ellipse2D.Double(info.draw.x - size, info.draw.y - size, 2 * size, 2 * size));
        }
        if (named(a)) {
            g.setFont(LABEL_FONT);
            label(g, a.getName(), info.draw.x, info.draw.y + size / 2 + 12, a.isActive() ? RIM : INACTIVE);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double size = size(((ActorView) object).actor()) * range.draw.width;
        return range.clip.intersects(range.draw.x - size / 2, range.draw.y - size / 2, size, size);
    }

    private static double size(Actor a) {
        if (!a.getKind().isFirm()) {
            return INSTITUTION_SIZE;
        }
        return named(a) ? NAMED_FIRM_SIZE : FIRM_SIZE;
    }

    /** An actor the scenario names on its own (a group of one), not one of a numbered crowd. */
    private static boolean named(Actor a) {
        return a.getName().equals(a.getGroup());
    }

    /** Text in the current font, centred on x, on a white halo so that it stays legible over edges. */
    static void label(Graphics2D g, String text, double x, double y, Color colour) {
        FontMetrics fm = g.getFontMetrics();
        float w = fm.stringWidth(text);
        float left = (float) (x - w / 2);
        g.setColor(HALO);
        g.fill(new Rectangle2D.Double(left - 2, y - fm.getAscent(), w + 4, fm.getAscent() + fm.getDescent()));
        g.setColor(colour);
        g.drawString(text, left, (float) y);
    }

    /** The shape of a sphere, centred on (x, y), of the given width. */
    static Shape shape(Sphere sphere, double x, double y, double size) {
        double h = size / 2;
        return switch (sphere) {
            case FIRMS -> new Ellipse2D.Double(x - h, y - h, size, size);
            case PUBLIC_AUTHORITIES -> new Rectangle2D.Double(x - h * 0.85, y - h * 0.85, size * 0.85, size * 0.85);
            case ACADEMIA -> polygon(x, y, h * 1.15, 3, -Math.PI / 2);
            case INTERMEDIARY -> polygon(x, y, h * 1.1, 4, -Math.PI / 2);
            case INTERNATIONAL -> polygon(x, y, h, 6, 0);
        };
    }

    private static Shape polygon(double x, double y, double r, int corners, double start) {
        Path2D.Double p = new Path2D.Double();
        for (int k = 0; k < corners; k++) {
            double angle = start + 2 * Math.PI * k / corners;
            if (k == 0) {
                p.moveTo(x + r * Math.cos(angle), y + r * Math.sin(angle));
            } else {
                p.lineTo(x + r * Math.cos(angle), y + r * Math.sin(angle));
            }
        }
        p.closePath();
        return p;
    }
}
