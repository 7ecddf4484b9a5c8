package org.clustersim.model.policy;

import java.util.List;

/**
 * One scheduled event.
 *
 * @param month  the month (step) at which it happens, 1 for the first
 * @param type   what happens
 * @param actors the actor names it concerns (two for a joint venture, one for entry or removal)
 * @param effort for REVALUE_TRADE, the new training effort (NaN otherwise)
 * @param attractiveness for REVALUE_TRADE, the new attractiveness of the trade (NaN otherwise)
 */
public record EventSpec(int month, EventType type, List<String> actors, double effort, double attractiveness) {
    public EventSpec {
        actors = List.copyOf(actors);
    }
}
