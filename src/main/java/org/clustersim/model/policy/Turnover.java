package org.clustersim.model.policy;

import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.Ties;

/**
 * Turnover of local officials: every {@code turnover_period} months the local authority's
 * official (the wali) is replaced. Relations are personal: the newcomer trusts everyone it
 * inherits at {@code stranger_trust}, with no scar; and it does not keep its predecessor's
 * promises ({@link Promises#officialReplaced}): the paper's walis promised premises, and "their
 * turnover makes relations fragile".
 */
final class Turnover {
    private Turnover() {
    }

    static void apply(ClusterModel m, Promises promises) {
        Parameters p = m.params();
        int period = p.getInt(Param.TURNOVER_PERIOD);
        if (period <= 0 || m.month() % period != 0) {
            return;
        }
        double fresh = p.get(Param.STRANGER_TRUST);
        for (Actor a : m.actors()) {
            if (a.isActive() && a.getKind() == ActorKind.LOCAL_AUTHORITY) {
                replaceOfficial(a, fresh);
                m.log("new official at " + a.getName());
                promises.officialReplaced(m, a);
            }
        }
    }

    static void replaceOfficial(Actor authority, double fresh) {
        Ties t = authority.ties();
        for (int k = 0; k < t.size(); k++) {
            t.setCeiling(k, 1);
            t.setTrust(k, fresh);
        }
    }
}
