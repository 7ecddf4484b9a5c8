package org.clustersim.model;

/**
 * Initial relations between two sets of actors, each named by an actor, a group or a kind.
 * Each pair is connected with probability {@code density}; the trust of a connected pair is
 * drawn uniformly in [trust - spread, trust + spread], separately in each direction (trust is
 * directed and need not be shared, as the paper notes of the crafts chamber and artisans).
 *
 * @param from    actor, group or kind key
 * @param to      actor, group or kind key
 * @param trust   mean initial trust, 0..1
 * @param spread  half-width of the uniform spread around it
 * @param density share of pairs that know each other
 */
public record RelationSpec(String from, String to, double trust, double spread, double density) {
}
