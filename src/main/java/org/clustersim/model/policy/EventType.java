package org.clustersim.model.policy;

/**
 * Scheduled events a scenario can place on the time line (months from the start).
 * Each corresponds to an instrument or episode of the paper.
 */
public enum EventType {
    /** A state firm and a foreign partner form a joint venture (2011-2013 in the paper). */
    JOINT_VENTURE,
    /** An actor, inactive so far, enters the cluster (the university's late involvement). */
    ENTRY,
    /** An actor leaves the cluster for good (used to remove a broker, pattern P3). */
    REMOVAL,
    /** All pipelines to outside knowledge are cut (pattern P2). */
    CUT_PIPELINES
}
