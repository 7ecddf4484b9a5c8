package org.clustersim.model;

/**
 * The stage of the cluster, derived each month from the model's state (never set by a
 * scenario). The code is what {@code timeseries.csv} reports in the {@code stage} column.
 * SPONTANEOUS: firms side by side, no structure. ORGANISED: an association or SPL exists.
 * GOVERNED: organised, with a charter of shared rules in force and members who own the project.
 * FROZEN: organised but stalled: members' appropriation has stayed low for months.
 */
public enum Stage {
    SPONTANEOUS(0), ORGANISED(1), GOVERNED(2), FROZEN(3);

    private final int code;

    Stage(int code) { this.code = code; }

    public int code() { return code; }
}
