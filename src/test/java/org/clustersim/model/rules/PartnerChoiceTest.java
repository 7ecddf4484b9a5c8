package org.clustersim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Site;
import org.clustersim.model.Tiny;
import org.junit.jupiter.api.Test;

/**
 * Checks partner choice: geographic proximity 1/(1+d/d0) between sites computed by hand, that
 * partner choice ({@link PartnerChoice#byChance}, then {@link PartnerChoice#acquaintance}) never
 * returns the chooser nor an inactive actor over many seeded draws, and that acquaintances are
 * drawn in proportion to (0.05 + trust) * proximity.
 */
class PartnerChoiceTest {
    private static final double EPS = 1e-12;

    @Test
    void geographicProximityKnownValues() {
        // Bardo (0.8, -0.4) to the city centre (0, 0): d = sqrt(0.64 + 0.16) = sqrt(0.8)
        double d = Math.sqrt(0.8);
        assertEquals(d, Site.BARDO.distanceTo(Site.CITY_CENTRE), EPS);
        // d0 = 5: 1 / (1 + 0.894427191 / 5) = 1 / 1.1788854382 = 0.848259
        assertEquals(1 / (1 + d / 5), PartnerChoice.geographic(Site.BARDO, Site.CITY_CENTRE, 5), EPS);
        assertEquals(0.848259, PartnerChoice.geographic(Site.BARDO, Site.CITY_CENTRE, 5), 1e-6);
        // d0 = d gives exactly one half
        assertEquals(0.5, PartnerChoice.geographic(Site.BARDO, Site.CITY_CENTRE, d), EPS);
        // Ain Smara (-13, -8) to Oued Hamimime (11, -10): d = sqrt(24^2 + 2^2) = sqrt(580) = 24.083189
        // 1 / (1 + 24.083189 / 5) = 1 / 5.8166378 = 0.171921
        assertEquals(0.171921, PartnerChoice.geographic(Site.AIN_SMARA, Site.OUED_HAMIMIME, 5), 1e-6);
        assertEquals(PartnerChoice.geographic(Site.OUED_HAMIMIME, Site.AIN_SMARA, 5),
                PartnerChoice.geographic(Site.AIN_SMARA, Site.OUED_HAMIMIME, 5), 0.0);
        assertEquals(1.0, PartnerChoice.geographic(Site.ALGIERS, Site.ALGIERS, 5), 0.0);
    }

    @Test
    void neverChoosesItselfNorAnInactiveActor() {
        ClusterModel m = Tiny.builder()
                .actor("i", ActorKind.ARTISAN, Site.BARDO)
                .actor("friend", ActorKind.ARTISAN, Site.BARDO)
                .actor("far", ActorKind.ARTISAN, Site.CITY_CENTRE)
                .actor("sleeping", ActorKind.ARTISAN, Site.BARDO, false)
                .actor("stranger", ActorKind.ARTISAN, Site.BARDO)
                .actor("gone", ActorKind.ARTISAN, Site.BARDO)
                .relation("i", "friend", 0.5)
                .relation("i", "far", 0.5)
                .relation("i", "sleeping", 0.9)
                .relation("i", "gone", 0.9)
                .param(Param.DISCOVERY_PROBABILITY, 0.5)
                .start(11);
        Actor i = m.actorNamed("i");
        Exits.leave(m, m.actorNamed("gone"));
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < 5000; k++) {
            Actor j = choose(m, i);
            assertNotNull(j, "active partners exist, so someone is met");
            assertNotSame(i, j);
            assertTrue(j.isActive(), "chose inactive " + j);
            seen.merge(j.getName(), 1, Integer::sum);
        }
        // friends, the far acquaintance and the stranger met by discovery all occur
        assertEquals(3, seen.size(), seen.toString());
    }

    @Test
    void nobodyToMeetGivesNull() {
        ClusterModel m = Tiny.builder()
                .actor("alone", ActorKind.ARTISAN, Site.BARDO)
                .actor("elsewhere", ActorKind.ARTISAN, Site.CITY_CENTRE)
                .start(1);
        for (int k = 0; k < 50; k++) {
            assertNull(choose(m, m.actorNamed("alone")));
        }
    }

    @Test
    void acquaintancesAreDrawnByTrustTimesProximity() {
        ClusterModel m = Tiny.builder()
                .actor("i", ActorKind.ARTISAN, Site.BARDO)
                .actor("trusted", ActorKind.ARTISAN, Site.BARDO)
                .actor("distrusted", ActorKind.ARTISAN, Site.BARDO)
                .relation("i", "trusted", 0.95)
                .relation("i", "distrusted", 0.0)
                .param(Param.DISCOVERY_PROBABILITY, 0)
                .start(2);
        Actor i = m.actorNamed("i");
        int trusted = 0;
        int n = 4000;
        for (int k = 0; k < n; k++) {
            if (choose(m, i).getName().equals("trusted")) {
                trusted++;
            }
        }
        // weights (0.05 + 0.95) * 1 = 1 and (0.05 + 0) * 1 = 0.05: share 1 / 1.05 = 0.952 (sd 0.0034)
        assertEquals(1 / 1.05, (double) trusted / n, 0.02);
    }

    /** The partner of one encounter as Interactions picks it: someone met by chance, else an acquaintance. */
    private static Actor choose(ClusterModel m, Actor i) {
        Actor met = PartnerChoice.byChance(m, i);
        if (met != null || i.ties().size() == 0) {
            return met;
        }
        int k = PartnerChoice.acquaintance(m, i);
        return k < 0 ? null : m.actor(i.ties().partner(k));
    }
}
