package org.clustersim.model.policy;

/**
 * How a charter of good conduct comes into force: at a set month (decided from above), or by
 * consensus once the members' appropriation reaches {@code charter_consensus} (the governance the
 * paper calls for: "une structure de gouvernance ... par consensus sur une charte de bonne
 * conduite").
 */
public enum CharterRule {
    SCHEDULED, CONSENSUS
}
