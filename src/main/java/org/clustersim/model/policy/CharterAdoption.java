package org.clustersim.model.policy;

import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;

/**
 * A charter of good conduct comes into force, once the cluster has formed: at the scheduled
 * month, or by consensus when the members' mean appropriation reaches {@code charter_consensus}
 * (the governance "par consensus sur une charte de bonne conduite" the paper calls for;
 * Ostrom 1990 on self-made rules). It then stays in force.
 */
final class CharterAdoption {
    private CharterAdoption() {
    }

    static void apply(ClusterModel m, PolicySpec policy) {
        if (m.cluster().isCharterInForce() || !m.cluster().isFormed()) {
            return;
        }
        boolean adopt = switch (policy.charter()) {
            case NONE -> false;
            case SCHEDULED -> m.month() >= policy.charterMonth();
            case CONSENSUS -> m.meanMemberAppropriation() >= m.params().get(Param.CHARTER_CONSENSUS);
        };
        if (adopt) {
            m.cluster().setCharterInForce(true);
            m.log("charter of good conduct in force (" + policy.charter().name().toLowerCase() + ")");
        }
    }
}
