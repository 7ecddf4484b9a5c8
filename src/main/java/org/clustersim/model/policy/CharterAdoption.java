package org.clustersim.model.policy;

import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;

/**
 * A charter of good conduct ({@link Charter}) comes into force once the structure exists: when
 * scheduled, in the first month of its window in which the structure exists; by consensus, when
 * the members' mean appropriation reaches {@code charter_consensus} (the governance "par
 * consensus sur une charte de bonne conduite" the paper calls for; Ostrom 1990 on self-made
 * rules). It lapses when its window ends.
 */
final class CharterAdoption {
    private CharterAdoption() {
    }

    static void apply(ClusterModel m, Charter charter) {
        if (m.cluster().isCharterInForce() || !m.cluster().isFormed()) {
            return;
        }
        boolean adopt = switch (charter.rule()) {
            case SCHEDULED -> true;
            case CONSENSUS -> m.meanMemberAppropriation() >= m.params().get(Param.CHARTER_CONSENSUS);
        };
        if (adopt) {
            m.cluster().setCharterInForce(true);
            m.log("charter of good conduct in force (" + charter.rule().name().toLowerCase() + ")");
        }
    }

    static void lapse(ClusterModel m) {
        if (m.cluster().isCharterInForce()) {
            m.cluster().setCharterInForce(false);
            m.log("charter of good conduct lapsed");
        }
    }
}
