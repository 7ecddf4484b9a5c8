package org.clustersim.model.policy;

/**
 * How the ministry brings the cluster about, the paper's central contrast.
 * IMPOSE: a decree creates the structure at a set date, enrols every target firm and assigns
 * partners. PROPOSE: the promoter informs and trains; each firm decides to join; the
 * association forms once a critical mass has opted in. NONE: no cluster policy at all.
 */
public enum PolicyMode {
    IMPOSE, PROPOSE, NONE
}
