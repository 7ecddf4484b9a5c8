package org.clustersim.model.policy;

import org.clustersim.model.ClusterModel;
import org.clustersim.model.PolicyInForce;

/**
 * The authority creates the cluster structure by decree at the window's start and enrols every
 * target firm; while the decree is in force, membership is compulsory: target firms that are not
 * members (entrants, leavers) are enrolled each month ({@link Enrolment}). The top-down creation
 * of SPLs the paper describes for 2007-2008.
 *
 * @param window months in force
 */
public record Decree(Window window) implements Instrument {
    public Decree {
        java.util.Objects.requireNonNull(window, "window");
    }

    @Override
    public Decree withWindow(Window w) { return new Decree(w); }

    @Override
    public String key() { return "decree"; }

    @Override
    public boolean launchesProject() { return true; }

    @Override
    public void enforce(PolicyInForce f) {
        f.enforceDecree();
    }

    @Override
    public void act(ClusterModel m, PolicyAgent agent) {
        Enrolment.apply(m, m.policy());
    }

    @Override
    public String describe() {
        return "decree: the structure is created and every target firm enrolled";
    }
}
