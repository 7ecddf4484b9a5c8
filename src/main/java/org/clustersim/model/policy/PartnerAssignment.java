package org.clustersim.model.policy;

import java.util.ArrayList;
import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;

/**
 * Assigned partners ({@link AssignedPartners}): once the structure exists, each member that has
 * not been given partners yet (in the order members joined) receives {@code partners} partners
 * drawn uniformly among the members, whoever it trusts; a partner it did not know becomes an
 * acquaintance at {@code stranger_trust} both ways. Meetings drawn regardless of trust are read
 * by {@code rules.Interactions} from the instruments in force.
 */
final class PartnerAssignment {
    private PartnerAssignment() {
    }

    static void apply(ClusterModel m, int partners) {
        if (!m.cluster().isFormed()) {
            return;
        }
        List<Actor> members = new ArrayList<>(m.members());
        double stranger = m.params().get(Param.STRANGER_TRUST);
        for (Actor a : members) {
            if (a.hasAssignedPartners() || !a.isActive()) {
                continue;
            }
            for (int k = 0; k < partners && members.size() > 1; k++) {
                Actor b = members.get(m.random.nextInt(members.size()));
                m.connect(a, b, stranger, stranger);
            }
            a.setAssignedPartners(true);
        }
    }
}
