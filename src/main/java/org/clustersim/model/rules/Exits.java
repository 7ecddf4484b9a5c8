package org.clustersim.model.rules;

import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Membership;

/**
 * An actor leaving for good (a firm closing, an artisan retiring, a removed broker): it stops
 * acting, leaves the cluster's membership, and its ties stay in the record but no longer count
 * because metrics and partner choice consider active actors only.
 */
public final class Exits {
    private Exits() {
    }

    public static void leave(ClusterModel m, Actor a) {
        m.setMembership(a, Membership.NONE);
        a.retire();
    }
}
