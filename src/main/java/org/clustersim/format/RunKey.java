package org.clustersim.format;

import java.util.Objects;

/**
 * Identifies one simulation run.
 *
 * @param variant     scenario variant name (free text; quoted in CSV when needed)
 * @param replication 1-based replication number within the variant
 * @param seed        random seed the run used
 */
public record RunKey(String variant, int replication, long seed) {

    public RunKey {
        Objects.requireNonNull(variant, "variant");
        if (replication < 1) {
            throw new IllegalArgumentException("replication is 1-based, got " + replication);
        }
    }
}
