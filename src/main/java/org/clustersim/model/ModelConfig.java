package org.clustersim.model;

import java.util.List;
import org.clustersim.model.policy.EventSpec;
import org.clustersim.model.policy.PolicySpec;

/**
 * Everything the model needs to build a run, besides the seed: who is there, how they are
 * related at the start, the policy and its events, and the parameter values. Immutable; the
 * scenario loader validates it once, at the boundary.
 */
public record ModelConfig(List<ActorSpec> actors, List<RelationSpec> relations, PolicySpec policy,
                          List<EventSpec> events, Parameters parameters) {
    public ModelConfig {
        actors = List.copyOf(actors);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
        parameters = parameters.copy();
    }

    /** A fresh copy of the parameter values, so that a run never changes the scenario's. */
    @Override
    public Parameters parameters() {
        return parameters.copy();
    }

    /** A copy with other parameter values. */
    public ModelConfig withParameters(Parameters p) {
        return new ModelConfig(actors, relations, policy, events, p);
    }
}
