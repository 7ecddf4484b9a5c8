package org.clustersim.model.policy;

import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Membership;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.Roster;
import org.clustersim.model.Ties;

/**
 * Voluntary membership ({@link VoluntaryMembership}): each informed target firm decides for
 * itself. Its score is {@code s = promoter_weight * T_i,promoter + (1 - promoter_weight) * f},
 * where f is the share of the target firms it knows that have already joined; it joins when s
 * reaches its own threshold, drawn once in [join_threshold_min, join_threshold_max]
 * (Granovetter 1978). Unless a decree makes membership compulsory, a member whose appropriation
 * falls below {@code leave_appropriation} leaves.
 */
final class Joining {
    private Joining() {
    }

    static void apply(ClusterModel m, PolicySpec policy) {
        Parameters p = m.params();
        double w = p.get(Param.PROMOTER_WEIGHT);
        double leave = p.get(Param.LEAVE_APPROPRIATION);
        boolean compulsory = m.inForce().decree();
        List<Actor> promoters = m.group(policy.promoter());
        for (Actor a : m.actors()) {
            if (!policy.isTarget(a)) {
                continue;
            }
            if (a.isMember()) {
                if (!compulsory && a.getAppropriation() < leave) {
                    m.setMembership(a, Membership.NONE);
                }
            } else if (a.isInformed()
                    && score(m, a, ClusterModel.local(promoters, a), w, policy) >= a.getJoinThreshold()) {
                m.setMembership(a, Membership.VOLUNTARY);
            }
        }
    }

    /** The joining score of a firm, given its promoter (null when the policy has none). */
    static double score(ClusterModel m, Actor a, Actor promoter, double w, PolicySpec policy) {
        double trust = promoter == null ? 0 : Math.max(0, a.ties().trustIn(promoter.getId()));
        Ties t = a.ties();
        int known = 0;
        int joined = 0;
        Roster r = m.roster();
        for (int k = 0; k < t.size(); k++) {
            int j = t.partner(k);
            if (r.isActive(j) && policy.targets().contains(r.kind(j))) {
                known++;
                if (r.isMember(j)) {
                    joined++;
                }
            }
        }
        double share = known == 0 ? 0 : (double) joined / known;
        return w * trust + (1 - w) * share;
    }
}
