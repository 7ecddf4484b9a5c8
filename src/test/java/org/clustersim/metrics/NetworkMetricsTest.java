package org.clustersim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Site;
import org.clustersim.model.Tiny;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/**
 * Checks the network metrics on a hand-built 4-actor network whose strong-tie graph (trust both
 * ways >= 0.6) is a triangle a-b-c plus an isolated d: density 3/6, clustering (1+1+1+0)/4,
 * largest component 3/4, mean trust, cohesion and the other tie-based metrics by hand.
 */
class NetworkMetricsTest {
    private static final double EPS = 1e-12;

    /** a, b, c: SMEs trusting each other 0.8; c trusts d 0.7 but d trusts c only 0.4. */
    private static ClusterModel network() {
        ClusterModel m = Tiny.builder()
                .actor("a", ActorKind.SME, Site.AIN_SMARA)
                .actor("b", ActorKind.SME, Site.AIN_SMARA)
                .actor("c", ActorKind.SME, Site.AIN_SMARA)
                .actor("d", ActorKind.STATE_FIRM, Site.AIN_SMARA)
                .start(61);
        Actor a = m.actorNamed("a");
        Actor b = m.actorNamed("b");
        Actor c = m.actorNamed("c");
        Actor d = m.actorNamed("d");
        m.connect(a, b, 0.8, 0.8);
        m.connect(b, c, 0.8, 0.8);
        m.connect(a, c, 0.8, 0.8);
        m.connect(c, d, 0.7, 0.4);
        return m;
    }

    private static double metric(double[] row, String name) {
        return row[Metrics.names().indexOf(name)];
    }

    @Test
    void strongTieGraphIsATrianglePlusAnIsolatedVertex() {
        ClusterModel m = network();
        Graph<Integer, DefaultEdge> g = StrongTieGraph.build(m, 0.6);
        assertEquals(4, g.vertexSet().size());
        assertEquals(3, g.edgeSet().size());
        assertEquals(0, g.degreeOf(m.actorNamed("d").getId()), "0.4 one way is not a strong tie");
        NetworkMeasures n = new NetworkMeasures(g);
        assertEquals(0.5, n.density(), EPS);              // 2 * 3 / (4 * 3)
        assertEquals(0.75, n.clustering(), EPS);          // (1 + 1 + 1 + 0) / 4
        assertEquals(0.75, n.largestComponentShare(), EPS); // 3 / 4
    }

    @Test
    void lowerThresholdAddsTheOneWayTie() {
        ClusterModel m = network();
        NetworkMeasures n = new NetworkMeasures(StrongTieGraph.build(m, 0.4));
        // edges ab, bc, ac, cd: density 2 * 4 / 12 = 2/3; component 4/4;
        // clustering: a 1, b 1, c has neighbours a, b, d with one edge among them: 1/3, d 0 -> (7/3) / 4 = 7/12
        assertEquals(2.0 / 3, n.density(), EPS);
        assertEquals(1.0, n.largestComponentShare(), EPS);
        assertEquals(7.0 / 12, n.clustering(), EPS);
    }

    @Test
    void standardMetricsKnownAnswers() {
        ClusterModel m = network();
        double[] row = Metrics.observe(m);
        assertEquals(0.5, metric(row, "strong_tie_density"), EPS);
        assertEquals(0.75, metric(row, "clustering_coefficient"), EPS);
        assertEquals(0.75, metric(row, "largest_component_share"), EPS);
        // directed ties: six at 0.8, c->d 0.7, d->c 0.4: (4.8 + 1.1) / 8 = 0.7375
        assertEquals(0.7375, metric(row, "mean_trust"), EPS);
        // cohesion = (0.75 + 0.75 + 0.7375) / 3 = 0.7458333...
        assertEquals((0.75 + 0.75 + 0.7375) / 3, metric(row, "cohesion"), EPS);
        // 8 directed ties over 4 * 3 ordered pairs
        assertEquals(8.0 / 12, metric(row, "tie_density"), EPS);
        // rivals: only SME-SME ties (six at 0.8); d is a state firm
        assertEquals(0.8, metric(row, "rival_trust"), EPS);
        assertEquals(4, metric(row, "active_firms"), 0.0);
        assertEquals(0, metric(row, "stage"), 0.0);
        assertEquals(0, metric(row, "cooperation_rate"), 0.0, "no decisions yet: reported as 0");
        // no hub: nobody is reached
        assertEquals(0, metric(row, "information_access"), 0.0);
        // appropriation 0.2 and external 0.1 for every firm (Tiny's defaults)
        assertEquals(0.2, metric(row, "appropriation"), EPS);
        assertEquals(0.1, metric(row, "innovation"), EPS);
        // know-how 0.5 each: 4 * 0.5 / 4 initial firms
        assertEquals(0.5, metric(row, "know_how"), EPS);
    }

    @Test
    void inactiveActorsLeaveTheGraphAndTheMeans() {
        ClusterModel m = network();
        m.actorNamed("b").retire();
        double[] row = Metrics.observe(m);
        // vertices a, c, d; strong edge a-c only: density 2 * 1 / (3 * 2) = 1/3, component 2/3, clustering 0
        assertEquals(1.0 / 3, metric(row, "strong_tie_density"), EPS);
        assertEquals(2.0 / 3, metric(row, "largest_component_share"), EPS);
        assertEquals(0.0, metric(row, "clustering_coefficient"), EPS);
        // ties a<->c 0.8, 0.8, c->d 0.7, d->c 0.4: 2.7 / 4 = 0.675
        assertEquals(0.675, metric(row, "mean_trust"), EPS);
        assertEquals(3, metric(row, "active_firms"), 0.0);
    }

    @Test
    void emptyGraphMeasuresAreZero() {
        ClusterModel m = Tiny.builder().actor("x", ActorKind.SME, Site.BARDO, false).start(62);
        NetworkMeasures n = new NetworkMeasures(StrongTieGraph.build(m, 0.6));
        assertEquals(0, n.density(), 0.0);
        assertEquals(0, n.clustering(), 0.0);
        assertEquals(0, n.largestComponentShare(), 0.0);
        for (double v : Metrics.observe(m)) {
            assertEquals(false, Double.isNaN(v));
        }
        assertEquals(List.of("cooperation_rate", "mean_trust"), Metrics.names().subList(0, 2));
    }
}
