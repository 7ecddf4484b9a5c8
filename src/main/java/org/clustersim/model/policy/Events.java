package org.clustersim.model.policy;

import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.rules.Exits;

/**
 * Scheduled events. A joint venture ties a state firm to its foreign partner with
 * {@code JOINT_VENTURE_TRUST} each way and makes the state firm a pipeline (the 2011-2013 joint
 * ventures were "an open door to outside knowledge"); an entry activates an actor (the
 * university's late involvement); a removal takes an actor out (pattern P3); revaluing the
 * trade sets training effort and attractiveness; cutting pipelines stops all outside inflow.
 */
final class Events {
    /** Trust written into a joint-venture contract, each way. */
    static final double JOINT_VENTURE_TRUST = 0.7;

    private Events() {
    }

    static void fire(ClusterModel m, EventSpec e) {
        switch (e.type()) {
            case JOINT_VENTURE -> {
                Actor firm = m.actorNamed(e.actors().get(0));
                Actor partner = m.actorNamed(e.actors().get(1));
                m.connect(firm, partner, JOINT_VENTURE_TRUST, JOINT_VENTURE_TRUST);
                setTrust(firm, partner);
                setTrust(partner, firm);
                firm.setPipeline(true);
                partner.setActive(true);
            }
            case ENTRY -> e.actors().forEach(n -> m.actorNamed(n).setActive(true));
            case REMOVAL -> e.actors().forEach(n -> Exits.leave(m, m.actorNamed(n)));
            case REVALUE_TRADE -> {
                m.params().set(Param.TRAINING_EFFORT, e.effort());
                m.params().set(Param.TRADE_ATTRACTIVENESS, e.attractiveness());
            }
            case CUT_PIPELINES -> m.cluster().cutPipelines();
        }
        m.log(e.type().name().toLowerCase() + " " + String.join(", ", e.actors()));
    }

    private static void setTrust(Actor a, Actor b) {
        int k = a.ties().indexOf(b.getId());
        a.ties().setTrust(k, Math.max(a.ties().trust(k), JOINT_VENTURE_TRUST));
    }
}
