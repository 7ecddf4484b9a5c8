package org.clustersim.model;

/**
 * A group of actors of one kind at one site, as a scenario describes them. A group of
 * {@code count} > 1 makes actors named {@code name-01}, {@code name-02}, ...; relations may
 * name the group, one actor, or a kind. Per-actor values are drawn uniformly in
 * [value - spread, value + spread] (clipped to [0,1]) so that actors of a group differ.
 *
 * @param name      the actor's (or group's) name, unique in the scenario
 * @param kind      the actor kind
 * @param site      where the actors sit
 * @param count     number of actors in the group (at least 1)
 * @param active    false for actors that enter later (an association before it forms,
 *                  a university not yet involved)
 * @param openness  willingness to share information, 0..1
 * @param rivalry   rivalry with same-market peers, 0..1
 * @param knowHow   local know-how (craft or industrial), 0..1
 * @param external  external knowledge already adopted, 0..1
 * @param market    the viability the firm's market alone supports, 0..1
 * @param appropriation initial appropriation of the cluster project, 0..1
 * @param spread    heterogeneity of the values above within the group
 */
public record ActorSpec(String name, ActorKind kind, Site site, int count, boolean active,
                        double openness, double rivalry, double knowHow, double external,
                        double market, double appropriation, double spread) {

    public ActorSpec {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
    }
}
