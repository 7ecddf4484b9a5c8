package org.clustersim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Site;
import org.clustersim.model.Tiny;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link InformationAccess#share} on a chain hub -> a -> b (plus an unconnected firm c):
 * information moves along a directed tie only when the sender trusts the receiver at least
 * info_tie, and only from active hubs; the share is over active firms.
 */
class InformationAccessTest {
    private static final double EPS = 1e-12;

    private static ClusterModel chain(double hubToA, double aToHub, double aToB, double bToA) {
        ClusterModel m = Tiny.builder()
                .actor("hub", ActorKind.COMMERCE_CHAMBER, Site.CITY_CENTRE)
                .actor("a", ActorKind.SME, Site.AIN_SMARA)
                .actor("b", ActorKind.SME, Site.AIN_SMARA)
                .actor("c", ActorKind.SME, Site.OUED_HAMIMIME)
                .start(71);
        m.connect(m.actorNamed("hub"), m.actorNamed("a"), hubToA, aToHub);
        m.connect(m.actorNamed("a"), m.actorNamed("b"), aToB, bToA);
        return m;
    }

    @Test
    void informationRunsTheWholeChain() {
        ClusterModel m = chain(0.7, 0.0, 0.6, 0.0);
        // a (0.7 >= 0.5) and b (0.6 >= 0.5) are reached, c is not: 2 of 3 firms
        assertEquals(2.0 / 3, InformationAccess.share(m, 0.5), EPS);
    }

    @Test
    void aWeakSecondLinkStopsIt() {
        ClusterModel m = chain(0.7, 0.0, 0.4, 0.9);
        // a only: 1 of 3; b's trust in a does not matter, a must trust b to share
        assertEquals(1.0 / 3, InformationAccess.share(m, 0.5), EPS);
        // at a threshold of 0.4 the link a -> b (0.4 >= 0.4) passes
        assertEquals(2.0 / 3, InformationAccess.share(m, 0.4), EPS);
    }

    @Test
    void directionMatters() {
        ClusterModel m = chain(0.3, 0.9, 0.9, 0.9);
        // the hub does not trust a enough, however much a trusts the hub
        assertEquals(0.0, InformationAccess.share(m, 0.5), EPS);
    }

    @Test
    void inactiveHubsAndFirmsDoNotCount() {
        ClusterModel m = chain(0.7, 0.0, 0.6, 0.0);
        Actor c = m.actorNamed("c");
        c.retire();
        assertEquals(1.0, InformationAccess.share(m, 0.5), EPS, "2 of the 2 active firms");
        m.actorNamed("b").retire();
        assertEquals(1.0, InformationAccess.share(m, 0.5), EPS, "1 of 1");
        m.actorNamed("hub").retire();
        assertEquals(0.0, InformationAccess.share(m, 0.5), EPS, "no active hub");
    }

    @Test
    void metricUsesTheInfoTieParameter() {
        ClusterModel m = chain(0.7, 0.0, 0.45, 0.0);
        double[] row = Metrics.observe(m);
        // info_tie defaults to 0.5: a only
        assertEquals(1.0 / 3, row[Metrics.names().indexOf("information_access")], EPS);
    }
}
