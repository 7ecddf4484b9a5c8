package org.clustersim.model;

/**
 * How a firm takes part in the cluster: not at all, by its own choice (voluntary membership), or
 * enrolled by a decree. Whether it chose is one of the cues of its perceived autonomy
 * ({@code rules.PerceivedAutonomy}; Deci and Ryan 2000), not a constant of the membership type.
 */
public enum Membership {
    NONE, VOLUNTARY, ENROLLED;

    public boolean isMember() { return this != NONE; }
}
