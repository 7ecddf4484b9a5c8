package org.clustersim.report;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clustersim.model.Site;
import org.clustersim.output.GraphmlWriter;

/**
 * Where a network picture puts its actors. Each site with actors is a disc; an actor sits in its
 * site's disc at its GraphML offset from the site's coordinates, scaled from the
 * {@link GraphmlWriter#JITTER_KM} jitter disc to the drawn disc. Local sites (within
 * {@link #REMOTE_KM} of the city centre) keep their compass direction from the centre but their
 * distance is compressed as ln(1 + d / 0.5 km), so that the Bardo, 0.9 km from the centre, stays
 * apart from it while Ain Smara and Oued Hamimime, 15 km away, still fit; the result is scaled to
 * fill the main area. Remote sites (Algiers, abroad) are stacked in a side margin, north first,
 * not to scale. Disc radii grow with the square root of the number of actors, an institution
 * counting as {@link #INSTITUTION_WEIGHT} firms because institutions are drawn larger and labelled.
 */
final class NetworkLayout {

    /** A drawn site: centre and radius in pixels, its actor count, and whether it is in the margin. */
    record SiteDisc(Site site, double cx, double cy, double radius, int count, boolean remote) {
    }

    static final double REMOTE_KM = 100;
    static final int INSTITUTION_WEIGHT = 4;
    private static final double COMPRESSION_KM = 0.5;
    /** Room below each disc for its label. */
    private static final double LABEL_ROOM = 22;

    private final Map<String, Point2D> positions = new LinkedHashMap<>();
    private final Map<Site, SiteDisc> discs = new EnumMap<>(Site.class);

    NetworkLayout(Network network, Rectangle2D main, Rectangle2D margin) {
        Map<Site, Integer> counts = new EnumMap<>(Site.class);
        Map<Site, Integer> weights = new EnumMap<>(Site.class);
        for (Network.Node n : network.nodes()) {
            counts.merge(n.site(), 1, Integer::sum);
            weights.merge(n.site(), n.kind().isFirm() ? 1 : INSTITUTION_WEIGHT, Integer::sum);
        }
        List<Site> local = new ArrayList<>();
        List<Site> remote = new ArrayList<>();
        counts.keySet().forEach(s -> (s.distanceTo(Site.CITY_CENTRE) < REMOTE_KM ? local : remote).add(s));
        placeLocal(local, counts, weights, main);
        placeRemote(remote, counts, weights, margin);
        for (Network.Node n : network.nodes()) {
            SiteDisc d = discs.get(n.site());
            double scale = d.radius() / GraphmlWriter.JITTER_KM;
            positions.put(n.id(), new Point2D.Double(d.cx() + (n.x() - n.site().x()) * scale,
                    d.cy() - (n.y() - n.site().y()) * scale));
        }
    }

    /** Pixel position of the node with GraphML id {@code id}. */
    Point2D position(String id) {
        return positions.get(id);
    }

    /** The drawn sites, in {@link Site} order. */
    List<SiteDisc> discs() {
        return List.copyOf(discs.values());
    }

    /** Disc radius in pixels for a site of the given weight. */
    static double radius(int weight) {
        return 20 + 8 * Math.sqrt(weight);
    }

    private void placeLocal(List<Site> sites, Map<Site, Integer> counts, Map<Site, Integer> weights, Rectangle2D area) {
        if (sites.isEmpty()) {
            return;
        }
        double[][] p = new double[sites.size()][];
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double pad = 0;
        for (int i = 0; i < p.length; i++) {
            Site s = sites.get(i);
            double dx = s.x() - Site.CITY_CENTRE.x();
            double dy = s.y() - Site.CITY_CENTRE.y();
            double d = Math.hypot(dx, dy);
            double r = Math.log1p(d / COMPRESSION_KM);
            p[i] = d == 0 ? new double[] {0, 0} : new double[] {dx / d * r, dy / d * r};
            minX = Math.min(minX, p[i][0]);
            maxX = Math.max(maxX, p[i][0]);
            minY = Math.min(minY, p[i][1]);
            maxY = Math.max(maxY, p[i][1]);
            pad = Math.max(pad, radius(weights.get(s)));
        }
        double width = area.getWidth() - 2 * pad;
        double height = area.getHeight() - 2 * pad - LABEL_ROOM;
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        double scale = Math.min(spanX > 0 ? width / spanX : Double.MAX_VALUE, spanY > 0 ? height / spanY : Double.MAX_VALUE);
        scale = scale == Double.MAX_VALUE ? 0 : scale;
        double cx = area.getCenterX() - (minX + maxX) / 2 * scale;
        double cy = area.getCenterY() - LABEL_ROOM / 2 + (minY + maxY) / 2 * scale;
        for (int i = 0; i < p.length; i++) {
            Site s = sites.get(i);
            discs.put(s, new SiteDisc(s, cx + p[i][0] * scale, cy - p[i][1] * scale, radius(weights.get(s)),
                    counts.get(s), false));
        }
    }

    private void placeRemote(List<Site> sites, Map<Site, Integer> counts, Map<Site, Integer> weights, Rectangle2D area) {
        sites.sort(Comparator.comparingDouble(Site::y).reversed());
        double slot = area.getHeight() / Math.max(1, sites.size());
        for (int i = 0; i < sites.size(); i++) {
            Site s = sites.get(i);
            double r = Math.min(radius(weights.get(s)), Math.min(area.getWidth(), slot - LABEL_ROOM) / 2 - 4);
            discs.put(s, new SiteDisc(s, area.getCenterX(), area.getY() + slot * i + (slot - LABEL_ROOM) / 2, r,
                    counts.get(s), true));
        }
    }
}
