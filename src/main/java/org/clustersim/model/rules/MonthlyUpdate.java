package org.clustersim.model.rules;

import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Parameters;

/**
 * The second phase of a month, after every actor's encounters: alliances meet and form,
 * knowledge flows in through pipelines and ages, each actor updates benefit, perceived autonomy, appropriation and
 * viability from what the month brought, firms below the exit threshold close, and the craft's
 * demography moves. Individual updates read only the actor's own state, so their order does not
 * matter.
 */
public final class MonthlyUpdate {
    private MonthlyUpdate() {
    }

    public static void apply(ClusterModel m) {
        Parameters p = m.params();
        Alliances.monthly(m);
        Pipelines.apply(m);
        List<Actor> authorities = m.group(m.policy().promoter());
        for (Actor a : m.actors()) {
            if (!a.isActive()) {
                continue;
            }
            Appropriation.smoothBenefit(p, a);
            PerceivedAutonomy.update(m, a, ClusterModel.local(authorities, a));
            Appropriation.update(p, a);
            if (a.getKind().isFirm() && Viability.update(p, a)) {
                Exits.leave(m, a);
            }
        }
        Demography.apply(m);
    }
}
