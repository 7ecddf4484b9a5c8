package org.clustersim.model;

import java.util.Locale;

/**
 * Where an actor sits. Coordinates are approximate kilometres from Constantine's city centre
 * (east, north), enough for the distance decay of geographic proximity: the Bardo quarter is
 * next to the old town, Ain Smara about 15 km south-west, Oued Hamimime (El Khroub) about
 * 15 km south-east, Algiers about 320 km west, "abroad" stands for European partners.
 */
public enum Site {
    BARDO(0.8, -0.4),
    CITY_CENTRE(0.0, 0.0),
    AIN_SMARA(-13.0, -8.0),
    OUED_HAMIMIME(11.0, -10.0),
    ALGIERS(-320.0, 40.0),
    ABROAD(-900.0, 1200.0);

    /** Distances between sites, computed once: partner choice reads them in its hot loop. */
    private static final double[][] DISTANCE = new double[values().length][values().length];

    static {
        for (Site a : values()) {
            for (Site b : values()) {
                DISTANCE[a.ordinal()][b.ordinal()] = Math.hypot(a.x - b.x, a.y - b.y);
            }
        }
    }

    private final double x;
    private final double y;

    Site(double x, double y) {
        this.x = x;
        this.y = y;
    }

    public double x() { return x; }

    public double y() { return y; }

    /** Straight-line distance in kilometres. */
    public double distanceTo(Site other) {
        return DISTANCE[ordinal()][other.ordinal()];
    }

    /** The spelling used in YAML files, e.g. {@code ain_smara}. */
    public String key() { return name().toLowerCase(Locale.ROOT); }
}
