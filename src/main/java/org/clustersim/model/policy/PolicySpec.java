package org.clustersim.model.policy;

import java.util.List;
import org.clustersim.model.ActorKind;

/**
 * The cluster policy of a scenario.
 *
 * @param mode          impose, propose or none
 * @param start         month at which the ministry starts (decree or first awareness session)
 * @param promoter      actor who runs awareness sessions and whose trust weighs in joining
 * @param association   actor that embodies the cluster structure once it forms (inactive before)
 * @param coordinators  actors who broker: host meetings and introduce members to each other
 * @param targets       kinds of firm the policy addresses
 * @param charter       how a charter of good conduct comes into force
 * @param charterMonth  month of a scheduled charter (ignored otherwise)
 */
public record PolicySpec(PolicyMode mode, int start, String promoter, String association,
                         List<String> coordinators, List<ActorKind> targets,
                         CharterRule charter, int charterMonth) {
    public PolicySpec {
        coordinators = List.copyOf(coordinators);
        targets = List.copyOf(targets);
    }
}
