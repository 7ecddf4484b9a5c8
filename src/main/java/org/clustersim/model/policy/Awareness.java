package org.clustersim.model.policy;

import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.rules.Encounter;

/**
 * Propose mode: every {@code awareness_interval} months from the start, the promoter holds an
 * awareness and training session. Each target firm attends with probability
 * {@code attendance}; attending informs it, brings an encounter with the promoter (the GIZ
 * trainings where "they explained all the legal forms to us") and raises its appropriation by
 * {@code awareness_gain * (1 - A)}: knowing the project is a precondition of owning it.
 */
final class Awareness {
    private Awareness() {
    }

    static void apply(ClusterModel m, PolicySpec policy) {
        Parameters p = m.params();
        Actor promoter = m.actorNamed(policy.promoter());
        if (promoter == null || !promoter.isActive()
                || (m.month() - policy.start()) % p.getInt(Param.AWARENESS_INTERVAL) != 0) {
            return;
        }
        double attendance = p.get(Param.ATTENDANCE);
        double gain = p.get(Param.AWARENESS_GAIN);
        for (Actor a : m.actors()) {
            if (a != promoter && Targets.isTarget(a, policy) && m.random.nextDouble() < attendance) {
                a.setInformed(true);
                Encounter.meet(m, a, promoter, null);
                a.setAppropriation(a.getAppropriation() + gain * (1 - a.getAppropriation()));
            }
        }
    }
}
