package org.clustersim.model.policy;

import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.rules.Exits;

/**
 * Scheduled events. A joint venture ties a state firm to its foreign partner with
 * {@code JOINT_VENTURE_TRUST} each way and makes the state firm a pipeline (the 2011-2013 joint
 * ventures were "an open door to outside knowledge"); an entry activates an actor (the
 * university's late involvement); a removal takes an actor out (pattern P3); cutting pipelines
 * stops all outside inflow. Policies (training, programmes, promises) are instruments, not events.
 * Under the {@code scale} parameter an event concerns every copy of the actors it names, and a
 * joint venture ties the c-th copy of the firm to the c-th copy of its partner.
 */
final class Events {
    /** Trust written into a joint-venture contract, each way. */
    static final double JOINT_VENTURE_TRUST = 0.7;

    private Events() {
    }

    static void fire(ClusterModel m, EventSpec e) {
        // A switch expression, so that a new event type without its effect does not compile.
        Runnable effect = switch (e.type()) {
            case JOINT_VENTURE -> () -> jointVentures(m, e);
            case ENTRY -> () -> e.actors().forEach(n -> m.group(n).forEach(a -> a.setActive(true)));
            case REMOVAL -> () -> e.actors().forEach(n -> m.group(n).forEach(a -> Exits.leave(m, a)));
            case CUT_PIPELINES -> () -> m.cluster().cutPipelines();
        };
        effect.run();
        m.log(e.type().name().toLowerCase() + " " + String.join(", ", e.actors()));
    }

    private static void jointVentures(ClusterModel m, EventSpec e) {
        List<Actor> firms = m.group(e.actors().get(0));
        List<Actor> partners = m.group(e.actors().get(1));
        for (int c = 0; c < firms.size() && c < partners.size(); c++) {
            jointVenture(m, firms.get(c), partners.get(c));
        }
    }

    private static void jointVenture(ClusterModel m, Actor firm, Actor partner) {
        m.connect(firm, partner, JOINT_VENTURE_TRUST, JOINT_VENTURE_TRUST);
        setTrust(firm, partner);
        setTrust(partner, firm);
        firm.setPipeline(true);
        partner.setActive(true);
    }

    private static void setTrust(Actor a, Actor b) {
        int k = a.ties().indexOf(b.getId());
        a.ties().setTrust(k, Math.max(a.ties().trust(k), JOINT_VENTURE_TRUST));
    }
}
