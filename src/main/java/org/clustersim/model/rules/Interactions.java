package org.clustersim.model.rules;

import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;

/**
 * An actor's own month: the encounters it starts, the cluster meetings it attends once the
 * cluster has formed, and, for coordinators, the introductions it makes.
 * Meetings carry one channel of partner choice: while an {@code assigned_partners} instrument is
 * in force, the organisers pair a member with any member, whoever it trusts ("ties created from
 * above"); otherwise a member chooses among the members it knows, by trust, and sometimes meets
 * a new one.
 */
public final class Interactions {
    private Interactions() {
    }

    public static void act(ClusterModel m, Actor a) {
        Parameters p = m.params();
        int n = p.getInt(Param.ENCOUNTERS_PER_MONTH);
        for (int e = 0; e < n; e++) {
            Actor met = PartnerChoice.byChance(m, a);
            if (met != null) {
                Encounter.meet(m, a, met, null);
            } else {
                int k = PartnerChoice.acquaintance(m, a);
                if (k >= 0) {
                    Encounter.meet(m, a, m.actor(a.ties().partner(k)), k, null);
                }
            }
        }
        if (m.cluster().isFormed() && a.isMember()) {
            int meetings = p.getInt(Param.MEETINGS_PER_MONTH);
            for (int e = 0; e < meetings; e++) {
                Actor j = meetingPartner(m, a, p);
                if (j != null) {
                    Encounter.meet(m, a, j, null);
                }
            }
        }
        if (a.isCoordinator()) {
            Introductions.host(m, a);
        }
    }

    /** The member that {@code a} meets at a cluster meeting, or null if it is alone. */
    static Actor meetingPartner(ClusterModel m, Actor a, Parameters p) {
        List<Actor> members = m.members();
        if (members.size() < 2) {
            return null;
        }
        boolean assigned = m.inForce().assignedPartners();
        if (!assigned && m.random.nextDouble() >= p.get(Param.DISCOVERY_PROBABILITY)) {
            Actor chosen = trustedMember(m, a);
            if (chosen != null) {
                return chosen;
            }
        }
        Actor j = members.get(m.random.nextInt(members.size()));
        return j == a || !j.isActive() ? null : j;
    }

    /** A known, active member drawn with probability proportional to trust; null if none. */
    private static Actor trustedMember(ClusterModel m, Actor a) {
        var t = a.ties();
        double[] w = m.scratch(t.size());
        double total = 0;
        var r = m.roster();
        for (int k = 0; k < t.size(); k++) {
            w[k] = r.isActiveMember(t.partner(k)) ? PartnerChoice.BASE_WEIGHT + t.trust(k) : 0;
            total += w[k];
        }
        if (total <= 0) {
            return null;
        }
        double u = m.random.nextDouble() * total;
        Actor last = null;
        for (int k = 0; k < t.size(); k++) {
            if (w[k] > 0) {
                last = m.actor(t.partner(k));
                u -= w[k];
                if (u < 0) {
                    return last;
                }
            }
        }
        return last;
    }
}
