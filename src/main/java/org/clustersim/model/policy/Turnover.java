package org.clustersim.model.policy;

import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.Ties;
import org.clustersim.model.rules.TrustUpdate;

/**
 * Turnover of local officials: every {@code turnover_period} months the local authority's
 * official (the wali) is replaced. Relations are personal: the newcomer trusts everyone it
 * inherits at {@code stranger_trust}; and the predecessor's promises are not kept (the paper:
 * walis promised premises, and "their turnover makes relations fragile"), which the others
 * experience as a defection by the authority ({@link TrustUpdate}, scar included).
 */
final class Turnover {
    private Turnover() {
    }

    static void apply(ClusterModel m) {
        Parameters p = m.params();
        int period = p.getInt(Param.TURNOVER_PERIOD);
        if (period <= 0 || m.month() % period != 0) {
            return;
        }
        double fresh = p.get(Param.STRANGER_TRUST);
        for (Actor a : m.actors()) {
            if (a.isActive() && a.getKind() == ActorKind.LOCAL_AUTHORITY) {
                replaceOfficial(m, a, fresh);
            }
        }
    }

    static void replaceOfficial(ClusterModel m, Actor authority, double fresh) {
        Ties t = authority.ties();
        for (int k = 0; k < t.size(); k++) {
            t.setCeiling(k, 1);
            t.setTrust(k, fresh);
            Ties back = m.actor(t.partner(k)).ties();
            TrustUpdate.observe(m.params(), back, back.indexOf(authority.getId()), false, 1);
        }
        m.log("new official at " + authority.getName());
    }
}
