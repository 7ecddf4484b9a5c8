package org.clustersim.scenario;

import java.util.Set;
import org.clustersim.scenario.yaml.Position;

/**
 * One {@code remove:} item of a population edit: the name as written, where, and every name it
 * took out of the scenario (the actors, and their kinds when none of that kind is left), so that
 * a reference it could not take along is reported once, at the edit, rather than once per
 * reference in the base file.
 *
 * @param ref   the actor, group or kind as the edit names it
 * @param at    the position of that name in the edit
 * @param names the actor names and kind keys that are gone because of it
 */
record Removal(String ref, Position at, Set<String> names) {
    Removal {
        names = Set.copyOf(names);
    }
}
