package org.clustersim.model.policy;

import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The first phase of each month: counters reset, scheduled events fire, local officials turn
 * over, and the ministry's policy acts — a decree at the start month (or at once, if a lever
 * switches to impose later) when it imposes; awareness
 * sessions, individual joining and the critical-mass test when it proposes — then the charter
 * rule. The model schedules it at {@link ClusterModel#ORDER_POLICY}.
 */
public final class PolicyAgent implements Steppable {
    private final List<EventSpec> events;

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

    @Override
    public void step(SimState state) {
        ClusterModel m = (ClusterModel) state;
        PolicySpec policy = m.policy();
        m.beginMonth();
        int month = m.month();
        for (EventSpec e : events) {
            if (e.month() == month) {
                Events.fire(m, e);
            }
        }
        Turnover.apply(m);
        if (month >= policy.start()) {
            switch (policy.mode()) {
                case IMPOSE -> {
                    if (!m.cluster().isDecreed()) {
                        Decree.apply(m, policy);
                    }
                }
                case PROPOSE -> {
                    Awareness.apply(m, policy);
                    Joining.apply(m, policy);
                }
                case NONE -> { }
            }
            if (policy.mode() != PolicyMode.NONE) {
                AssociationFormation.apply(m, policy);
            }
        }
        CharterAdoption.apply(m, policy);
    }
}
