package org.clustersim.gui;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.clustersim.model.Actor;
import org.clustersim.model.Site;
import sim.util.Double2D;

/**
 * Where the network display draws each actor: a schematic map of Constantine, not to scale.
 * Each site has a centre; its firms fill a disc around it in a sunflower pattern (Vogel 1979:
 * the k-th firm at radius {@code c * sqrt(k)} and angle {@code k * 137.5°}), so that the disc
 * stays evenly filled as apprentices enter; its institutions sit on a ring around the disc, far
 * enough apart for their labels. Algiers and abroad are drawn in the left margin.
 *
 * <p>Positions depend only on the order in which actors are first seen (the model's deterministic
 * actor order), never on a random draw: the GUI must not touch the model's generator.
 */
final class SiteLayout {
    /** Width and height of the display's field, in field units. */
    static final double WIDTH = 116;
    static final double HEIGHT = 66;
    /** The field's left strip, for the actors outside Constantine. */
    static final double MARGIN = 20;
    /** Where the right strip, for the legend, begins. */
    static final double LEGEND = 94;

    private static final double FIRM_SPACING = 1.3;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    private static final double RING_GAP = 3;
    private static final double MIN_RING = 5;
    private static final double LABEL_SPACING = 8;

    private final Map<Site, Double2D> centres = new EnumMap<>(Site.class);
    private final Map<Site, Integer> firmsSeen = new EnumMap<>(Site.class);
    private final Map<Site, Integer> institutionsSeen = new EnumMap<>(Site.class);
    private final Map<Site, Double> ringRadius = new EnumMap<>(Site.class);
    private final Map<Site, Integer> ringSize = new EnumMap<>(Site.class);
    private final Map<Site, Integer> firmsAtStart = new EnumMap<>(Site.class);
    private final Map<Integer, Double2D> positions = new HashMap<>();

    SiteLayout() {
        centres.put(Site.ABROAD, new Double2D(10, 15));
        centres.put(Site.ALGIERS, new Double2D(10, 42));
        centres.put(Site.CITY_CENTRE, new Double2D(45, 25));
        centres.put(Site.BARDO, new Double2D(74, 24));
        centres.put(Site.AIN_SMARA, new Double2D(42, 53));
        centres.put(Site.OUED_HAMIMIME, new Double2D(74, 54));
    }

    /** Forgets every position and sizes each site's ring for the actors present at the start. */
    void reset(Iterable<Actor> actors) {
        positions.clear();
        firmsSeen.clear();
        institutionsSeen.clear();
        Map<Site, Integer> firms = new EnumMap<>(Site.class);
        Map<Site, Integer> institutions = new EnumMap<>(Site.class);
        for (Actor a : actors) {
            (a.getKind().isFirm() ? firms : institutions).merge(a.getSite(), 1, Integer::sum);
        }
        firmsAtStart.clear();
        firmsAtStart.putAll(firms);
        for (Site s : Site.values()) {
            int n = institutions.getOrDefault(s, 0);
            double around = firmRadius(firms.getOrDefault(s, 0)) + RING_GAP;
            ringRadius.put(s, Math.max(Math.max(MIN_RING, around), n * LABEL_SPACING / (2 * Math.PI)));
            ringSize.put(s, n);
        }
    }

    /** The centre of a site on the schematic map. */
    Double2D centre(Site s) {
        return centres.get(s);
    }

    /** The radius of the disc holding a site's firms and of the ring of its institutions. */
    double ringRadius(Site s) {
        return ringRadius.getOrDefault(s, MIN_RING);
    }

    /** Whether any actor sat at the site when the run started. */
    boolean occupied(Site s) {
        return ringSize.getOrDefault(s, 0) > 0 || firmsAtStart.getOrDefault(s, 0) > 0;
    }

    /** The radius of the pale disc that marks a site on the map. */
    double siteRadius(Site s) {
        if (ringSize.getOrDefault(s, 0) > 0) {
            return ringRadius(s) + 2;
        }
        return firmRadius(firmsAtStart.getOrDefault(s, 0)) + 1.5;
    }

    /** The actor's position, fixed the first time it is asked for. */
    Double2D position(Actor a) {
        return positions.computeIfAbsent(a.getId(), id -> place(a));
    }

    private Double2D place(Actor a) {
        Site s = a.getSite();
        Double2D c = centres.get(s);
        if (a.getKind().isFirm()) {
            int k = firmsSeen.merge(s, 1, Integer::sum) - 1;
            double r = firmRadius(k + 0.5);
            double angle = k * GOLDEN_ANGLE;
            return new Double2D(c.x + r * Math.cos(angle), c.y + r * Math.sin(angle));
        }
        int k = institutionsSeen.merge(s, 1, Integer::sum) - 1;
        int n = Math.max(ringSize.getOrDefault(s, 1), k + 1);
        double angle = -Math.PI / 2 + 2 * Math.PI * k / n;
        double r = ringRadius(s);
        return new Double2D(c.x + r * Math.cos(angle), c.y + r * Math.sin(angle));
    }

    private static double firmRadius(double count) {
        return FIRM_SPACING * Math.sqrt(count);
    }
}
