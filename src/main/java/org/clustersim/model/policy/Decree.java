package org.clustersim.model.policy;

import java.util.ArrayList;
import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Membership;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;

/**
 * Impose mode: at the start month (or as soon as a lever switches to impose during a run) the
 * ministry creates the cluster structure by decree, enrols every target firm (voluntary members
 * become enrolled ones), and assigns each member {@code decree_ties} partners drawn among the
 * members regardless of trust, met as strangers ({@code stranger_trust}) when unknown. This is
 * the top-down creation of SPLs the paper describes for 2007-2008, and the "impose" arm of the
 * brief: ties created from above, participation controlled.
 */
final class Decree {
    private Decree() {
    }

    static void apply(ClusterModel m, PolicySpec policy) {
        Parameters p = m.params();
        m.cluster().markDecreed();
        List<Actor> enrolled = new ArrayList<>();
        for (Actor a : m.actors()) {
            if (Targets.isTarget(a, policy)) {
                m.setMembership(a, Membership.ENROLLED);
                a.setInformed(true);
                enrolled.add(a);
            }
        }
        double stranger = p.get(Param.STRANGER_TRUST);
        int ties = p.getInt(Param.DECREE_TIES);
        for (Actor a : enrolled) {
            for (int k = 0; k < ties && enrolled.size() > 1; k++) {
                Actor b = enrolled.get(m.random.nextInt(enrolled.size()));
                m.connect(a, b, stranger, stranger);
            }
        }
        if (!m.cluster().isFormed()) {
            AssociationFormation.form(m, policy, "decree");
        }
    }
}
