package org.clustersim.model.policy;

import java.util.List;

/**
 * One scheduled event.
 *
 * @param month  the month (step) at which it happens, 1 for the first
 * @param type   what happens
 * @param actors the actor names it concerns (two for a joint venture, one for entry or removal)
 */
public record EventSpec(int month, EventType type, List<String> actors) {
    public EventSpec {
        actors = List.copyOf(actors);
    }
}
