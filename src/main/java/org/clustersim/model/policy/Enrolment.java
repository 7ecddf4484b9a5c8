package org.clustersim.model.policy;

import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Membership;

/**
 * A decree in force ({@link Decree}): the first month, the structure is created (if it does not
 * exist yet) and every target firm that is not a member is enrolled; every later month, target
 * firms that are not members (entrants, firms that tried to leave) are enrolled too. Enrolled
 * members did not choose to join, which their perceived autonomy remembers
 * ({@code rules.PerceivedAutonomy}); they are informed of the project by the decree itself.
 */
final class Enrolment {
    private Enrolment() {
    }

    static void apply(ClusterModel m, PolicySpec policy) {
        boolean first = !m.cluster().isDecreed();
        if (first) {
            m.cluster().markDecreed();
        }
        for (Actor a : m.actors()) {
            if (policy.isTarget(a) && !a.isMember()) {
                m.setMembership(a, Membership.ENROLLED);
                a.setInformed(true);
            }
        }
        if (first && !m.cluster().isFormed()) {
            AssociationFormation.form(m, policy, "decree");
        }
    }
}
