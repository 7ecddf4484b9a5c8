package org.clustersim.model.policy;

import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;

/**
 * The cluster structure forms: by decree ({@link Enrolment}), or endogenously under voluntary
 * membership once the share of target firms that opted in reaches the critical mass (Granovetter
 * 1978; Oliver, Marwell and Teixeira 1985). The association actor (every copy of it under
 * {@code scale}) becomes active, and each member knows its own district's copy, trusting it as
 * much as it trusts the promoter (the association is the promoter's project made local).
 */
final class AssociationFormation {
    private AssociationFormation() {
    }

    static void formAtCriticalMass(ClusterModel m, PolicySpec policy, double criticalMass) {
        if (m.cluster().isFormed()) {
            return;
        }
        int targets = 0;
        for (Actor a : m.actors()) {
            if (policy.isTarget(a)) {
                targets++;
            }
        }
        if (targets > 0 && m.members().size() >= criticalMass * targets) {
            form(m, policy, "critical mass of " + m.members().size() + " of " + targets + " firms");
        }
    }

    static void form(ClusterModel m, PolicySpec policy, String how) {
        m.cluster().markFormed(m.month());
        m.group(policy.association()).forEach(a -> a.setActive(true));
        m.log("cluster structure formed (" + how + ")");
        linkNewMembers(m, policy);
    }

    static void linkNewMembers(ClusterModel m, PolicySpec policy) {
        if (policy.association() == null) {
            return;
        }
        double stranger = m.params().get(Param.STRANGER_TRUST);
        List<Actor> associations = m.group(policy.association());
        List<Actor> promoters = m.group(policy.promoter());
        for (Actor a : m.members()) {
            Actor association = ClusterModel.local(associations, a);
            if (association != null && a.ties().indexOf(association.getId()) < 0) {
                Actor promoter = ClusterModel.local(promoters, a);
                double t = promoter == null ? stranger : Math.max(stranger, a.ties().trustIn(promoter.getId()));
                m.connect(a, association, t, stranger);
            }
        }
    }
}
