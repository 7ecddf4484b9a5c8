package org.clustersim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Site;
import org.clustersim.model.Tiny;
import org.junit.jupiter.api.Test;

/**
 * {@link NetworkMeasures#of(ClusterModel, double, int)} passes its pivot count to the
 * betweenness: on a strong-tie star (a chamber trusted 0.8 both ways by five SMEs, plus an
 * isolated SME) the scores are exact for 0 pivots or at least the 6 actors with a strong tie, and
 * the hand-computed estimate for 2 pivots.
 */
class NetworkMeasuresPivotsTest {
    private static ClusterModel star() {
        ClusterModel m = Tiny.builder()
                .actor("chamber", ActorKind.COMMERCE_CHAMBER, Site.AIN_SMARA)
                .group("sme", ActorKind.SME, Site.AIN_SMARA, 5)
                .actor("alone", ActorKind.SME, Site.AIN_SMARA)
                .start(63);
        Actor chamber = m.actorNamed("chamber");
        for (Actor a : m.actors()) {
            if (a != chamber && a != m.actorNamed("alone")) {
                m.connect(chamber, a, 0.8, 0.8);
            }
        }
        return m;
    }

    @Test
    void enoughPivotsGiveTheExactScoresBitForBit() {
        ClusterModel m = star();
        NetworkMeasures exact = NetworkMeasures.of(m, 0.6);
        for (int pivots : new int[] {0, 6, 7, 1000}) {
            NetworkMeasures measures = NetworkMeasures.of(m, 0.6, pivots);
            for (Actor a : m.actors()) {
                assertEquals(exact.betweenness(a.getId()), measures.betweenness(a.getId()), 0.0, a.getName());
            }
        }
        // 7 vertices: the chamber lies on the C(5,2) = 10 leaf pairs' paths: 10 * 2/(6*5) = 2/3.
        assertEquals(2.0 / 3.0, exact.betweenness(m.actorNamed("chamber").getId()), 1e-15);
    }

    @Test
    void twoPivotsGiveTheHandComputedEstimate() {
        // The 6 actors with a strong tie, in id order chamber, sme-01..05: the 2 pivots are the
        // middles of blocks {0,1,2} and {3,4,5}, sme-01 and sme-04. Each gives the chamber a
        // dependency of 4 (the other SMEs); extrapolated 8 * 6/2 = 24, normalised 24 / (6 * 5).
        ClusterModel m = star();
        NetworkMeasures estimate = NetworkMeasures.of(m, 0.6, 2);
        assertEquals(24.0 / 30.0, estimate.betweenness(m.actorNamed("chamber").getId()), 1e-15);
        assertEquals(0.0, estimate.betweenness(m.actorNamed("sme-01").getId()), 0.0);
        assertEquals(0.0, estimate.betweenness(m.actorNamed("alone").getId()), 0.0);
    }
}
