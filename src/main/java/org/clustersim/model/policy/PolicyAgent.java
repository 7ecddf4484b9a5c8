package org.clustersim.model.policy;

import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.PolicyInForce;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The first phase of each month: counters reset, scheduled events fire, local officials turn
 * over, then the policy: every instrument whose window holds the month is added to the month's
 * {@link PolicyInForce}, the project is launched the first time one that launches it is in
 * force, each instrument in force acts (in {@link PolicySpec#ORDER}), instruments whose window has
 * just closed expire, promises fall due, and new members are linked to the association. The
 * policy is read afresh each month, so a lever changed in the GUI acts from the next month. The
 * model schedules it at {@link ClusterModel#ORDER_POLICY}.
 */
public final class PolicyAgent implements Steppable {
    private final List<EventSpec> events;
    private final Promises promises = new Promises();

    public PolicyAgent(List<EventSpec> events) {
        this.events = events;
    }

    /** Marks the coordinators named by the policy; called once when the model starts. */
    public static void install(ClusterModel m, PolicySpec policy) {
        // Every copy of a coordinator coordinates (see the scale parameter).
        for (String name : policy.coordinators()) {
            m.group(name).forEach(c -> c.setCoordinator(true));
        }
    }

    /** The promises made so far and not yet settled. */
    Promises promises() {
        return promises;
    }

    @Override
    public void step(SimState state) {
        ClusterModel m = (ClusterModel) state;
        m.beginMonth();
        int month = m.month();
        for (EventSpec e : events) {
            if (e.month() == month) {
                Events.fire(m, e);
            }
        }
        Turnover.apply(m, promises);
        PolicySpec policy = m.policy();
        PolicyInForce f = m.inForce();
        f.clear();
        boolean launches = false;
        for (Instrument i : policy.instruments()) {
            if (i.window().contains(month)) {
                i.enforce(f);
                launches |= i.launchesProject();
            }
        }
        if (launches && !m.cluster().isLaunched()) {
            launch(m, policy);
        }
        for (Instrument i : policy.instruments()) {
            if (i.window().contains(month)) {
                i.act(m, this);
            } else if (i.window().isBounded() && month == i.window().end() + 1) {
                i.expire(m);
            }
        }
        promises.settleDue(m);
        if (m.cluster().isFormed()) {
            AssociationFormation.linkNewMembers(m, policy);
        }
    }

    /**
     * The cluster project starts: rivalry's stakes rise from now on, and the promoter, the
     * coordinators and the association know of it, so that word of it spreads from them.
     */
    private static void launch(ClusterModel m, PolicySpec policy) {
        m.cluster().markLaunched(m.month());
        inform(m.group(policy.promoter()));
        inform(m.group(policy.association()));
        policy.coordinators().forEach(c -> inform(m.group(c)));
        m.log("cluster project launched");
    }

    private static void inform(List<Actor> actors) {
        actors.forEach(a -> a.setInformed(true));
    }
}
