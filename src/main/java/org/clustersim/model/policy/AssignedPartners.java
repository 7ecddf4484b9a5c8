package org.clustersim.model.policy;

import org.clustersim.model.ClusterModel;
import org.clustersim.model.PolicyInForce;

/**
 * Partners one did not choose: each member is given {@code partners} partners drawn among the
 * members regardless of trust, and cluster meetings pair members drawn at random rather than by
 * trust ({@link PartnerAssignment}); "ties created from above".
 *
 * @param window   months in force
 * @param partners partners drawn for each member when it becomes a member (or when the window opens)
 */
public record AssignedPartners(Window window, int partners) implements Instrument {
    public static final int PARTNERS_DEFAULT = 4;

    public AssignedPartners {
        Instrument.atLeast("partners", partners, 0);
    }

    @Override
    public AssignedPartners withWindow(Window w) { return new AssignedPartners(w, partners); }

    @Override
    public String key() { return "assigned_partners"; }

    @Override
    public void enforce(PolicyInForce f) {
        f.assignPartners();
    }

    @Override
    public void act(ClusterModel m, PolicyAgent agent) {
        PartnerAssignment.apply(m, partners);
    }

    @Override
    public String describe() {
        return "assigned partners: " + partners + " per member, meetings drawn regardless of trust";
    }
}
