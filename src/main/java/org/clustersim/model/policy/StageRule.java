package org.clustersim.model.policy;

import org.clustersim.model.ClusterModel;
import org.clustersim.model.ClusterState;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.Stage;

/**
 * Derives the cluster's stage from its state at the end of each month:
 * SPONTANEOUS until a structure forms; then FROZEN once the members' mean appropriation has
 * stayed below {@code freeze_appropriation} for {@code freeze_months} months in a row (the
 * paper's projects stopped "at an intermediate stage", such as the label never enacted);
 * GOVERNED when a charter is in force and the members' mean appropriation reaches
 * {@code governed_appropriation}; ORGANISED otherwise.
 */
public final class StageRule {
    private StageRule() {
    }

    public static void apply(ClusterModel m) {
        ClusterState c = m.cluster();
        if (!c.isFormed()) {
            c.setStage(Stage.SPONTANEOUS);
            return;
        }
        Parameters p = m.params();
        double app = m.meanMemberAppropriation();
        c.setStalledMonths(app < p.get(Param.FREEZE_APPROPRIATION) ? c.stalledMonths() + 1 : 0);
        if (c.stalledMonths() >= p.getInt(Param.FREEZE_MONTHS)) {
            c.setStage(Stage.FROZEN);
        } else if (c.isCharterInForce() && app >= p.get(Param.GOVERNED_APPROPRIATION)) {
            c.setStage(Stage.GOVERNED);
        } else {
            c.setStage(Stage.ORGANISED);
        }
    }
}
