package org.clustersim.model.policy;

import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;

/**
 * The cluster structure forms: by decree in impose mode, or endogenously in propose mode once
 * the share of target firms that opted in reaches {@code critical_mass} (Granovetter 1978;
 * Oliver, Marwell and Teixeira 1985). The association actor becomes active and every member
 * knows it, trusting it as much as it trusts the promoter (the association is the promoter's
 * project made local).
 */
final class AssociationFormation {
    private AssociationFormation() {
    }

    static void apply(ClusterModel m, PolicySpec policy) {
        if (m.cluster().isFormed()) {
            linkNewMembers(m, policy);
            return;
        }
        if (policy.mode() != PolicyMode.PROPOSE) {
            return;
        }
        int targets = 0;
        for (Actor a : m.actors()) {
            if (Targets.isTarget(a, policy)) {
                targets++;
            }
        }
        if (targets > 0 && m.members().size() >= m.params().get(Param.CRITICAL_MASS) * targets) {
            form(m, policy, "critical mass of " + m.members().size() + " of " + targets + " firms");
        }
    }

    static void form(ClusterModel m, PolicySpec policy, String how) {
        m.cluster().markFormed(m.month());
        Actor association = m.actorNamed(policy.association());
        if (association != null) {
            association.setActive(true);
        }
        m.log("cluster structure formed (" + how + ")");
        linkNewMembers(m, policy);
    }

    private static void linkNewMembers(ClusterModel m, PolicySpec policy) {
        Actor association = m.actorNamed(policy.association());
        Actor promoter = m.actorNamed(policy.promoter());
        if (association == null) {
            return;
        }
        double stranger = m.params().get(Param.STRANGER_TRUST);
        for (Actor a : m.members()) {
            if (a.ties().indexOf(association.getId()) < 0) {
                double t = promoter == null ? stranger : Math.max(stranger, a.ties().trustIn(promoter.getId()));
                m.connect(a, association, t, stranger);
            }
        }
    }
}
