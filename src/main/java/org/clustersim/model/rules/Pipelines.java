package org.clustersim.model.rules;

import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;

/**
 * External knowledge: pipeline actors (foreign partners, international agencies, other
 * clusters, the university, and state firms once in a joint venture) draw it from outside,
 * {@code x += pipeline_strength * (1 - x)}; everyone's external knowledge then ages,
 * {@code x -= obsolescence * x}, because the frontier moves on. Inside the cluster it only
 * circulates (local buzz), so without pipelines it decays (Bathelt, Malmberg and Maskell 2004;
 * Owen-Smith and Powell 2004).
 */
public final class Pipelines {
    private Pipelines() {
    }

    public static void apply(ClusterModel m) {
        Parameters p = m.params();
        double inflow = m.cluster().pipelinesCut() ? 0 : p.get(Param.PIPELINE_STRENGTH);
        double keep = 1 - p.get(Param.OBSOLESCENCE);
        for (Actor a : m.actors()) {
            if (!a.isActive()) {
                continue;
            }
            double x = a.getExternal();
            if (a.isPipeline()) {
                x += inflow * (1 - x);
            }
            a.setExternal(x * keep);
        }
    }
}
