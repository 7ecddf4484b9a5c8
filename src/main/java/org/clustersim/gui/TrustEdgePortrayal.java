package org.clustersim.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws a tie of the network display with a width and darkness that grow with its mutual trust:
 * a faint hairline at {@link NetworkFields#SHOWN_TRUST}, a dark line of {@link #MAX_WIDTH} pixels
 * at full trust. Widths are in screen pixels, whatever the zoom.
 */
final class TrustEdgePortrayal extends SimpleEdgePortrayal2D {
    static final double MAX_WIDTH = 4;
    private static final int MIN_ALPHA = 40;
    private static final int MAX_ALPHA = 220;
    private static final Color INK = new Color(0x2B3A55);

    TrustEdgePortrayal() {
        setShape(SHAPE_LINE_ROUND_ENDS);
        setScaling(NEVER_SCALE);
        labelPaint = null;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        double strength = strength((Double) ((Edge) object).info);
        Color c = new Color(INK.getRed(), INK.getGreen(), INK.getBlue(),
                (int) Math.round(MIN_ALPHA + strength * (MAX_ALPHA - MIN_ALPHA)));
        fromPaint = c;
        toPaint = c;
        setBaseWidth(0.5 + strength * (MAX_WIDTH - 0.5));
        super.draw(object, g, info);
    }

    /** Ties are not clickable: a click near an actor should inspect the actor only. */
    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }

    /** Where a trust lies between the shown minimum (0) and full trust (1). */
    static double strength(double trust) {
        double s = (trust - NetworkFields.SHOWN_TRUST) / (1 - NetworkFields.SHOWN_TRUST);
        return Math.max(0, Math.min(1, s));
    }
}
