package org.clustersim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Site;
import org.clustersim.model.Tiny;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link Pipelines#apply}: pipeline actors draw pipeline_strength of the gap to 1, then
 * everyone's external knowledge loses obsolescence; once pipelines are cut only obsolescence
 * acts; inactive actors do not change.
 */
class PipelinesTest {
    private static final double EPS = 1e-12;

    private static ClusterModel model() {
        ClusterModel m = Tiny.builder()
                .actor("partner", ActorKind.FOREIGN_PARTNER, Site.ABROAD)
                .actor("sme", ActorKind.SME, Site.AIN_SMARA)
                .actor("state", ActorKind.STATE_FIRM, Site.AIN_SMARA)
                .actor("dormant", ActorKind.UNIVERSITY, Site.CITY_CENTRE, false)
                .start(8);
        for (Actor a : m.actors()) {
            a.setExternal(0.5);
        }
        return m;
    }

    @Test
    void inflowThenObsolescence() {
        ClusterModel m = model();
        m.actorNamed("state").setPipeline(true); // as after a joint venture
        Pipelines.apply(m);
        // pipeline: (0.5 + 0.1 * (1 - 0.5)) * (1 - 0.01) = 0.55 * 0.99 = 0.5445
        assertEquals(0.5445, m.actorNamed("partner").getExternal(), EPS);
        assertEquals(0.5445, m.actorNamed("state").getExternal(), EPS);
        // not a pipeline: 0.5 * 0.99 = 0.495
        assertEquals(0.495, m.actorNamed("sme").getExternal(), EPS);
        // the university is a pipeline kind but inactive: unchanged
        assertEquals(0.5, m.actorNamed("dormant").getExternal(), 0.0);
    }

    @Test
    void cutPipelinesLeaveOnlyObsolescence() {
        ClusterModel m = model();
        m.cluster().cutPipelines();
        Pipelines.apply(m);
        assertEquals(0.495, m.actorNamed("partner").getExternal(), EPS);
        Pipelines.apply(m);
        // 0.5 * 0.99^2 = 0.49005
        assertEquals(0.49005, m.actorNamed("partner").getExternal(), EPS);
        assertEquals(0.49005, m.actorNamed("sme").getExternal(), EPS);
    }

    @Test
    void onlyPipelineKindsArePipelinesAtTheStart() {
        ClusterModel m = model();
        assertEquals(true, m.actorNamed("partner").isPipeline());
        assertEquals(true, m.actorNamed("dormant").isPipeline());
        assertEquals(false, m.actorNamed("sme").isPipeline());
        assertEquals(false, m.actorNamed("state").isPipeline());
    }
}
