package org.clustersim.model;

/**
 * How a firm takes part in the cluster: not at all, by its own choice (propose mode), or
 * enrolled by decree (impose mode). The difference matters for motivation: chosen
 * participation supports autonomy, decreed participation is felt as control (Deci and Ryan
 * 2000; Frey and Jegen 2001).
 */
public enum Membership {
    NONE, VOLUNTARY, ENROLLED;

    public boolean isMember() { return this != NONE; }
}
