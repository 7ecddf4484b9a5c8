package org.clustersim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.Alliance;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Site;
import org.clustersim.model.Tiny;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link Alliances}: a pair of firms trusting each other above the threshold forms an
 * alliance when alliance_rate is 1; pairs below it, or that are not firms, do not; a break-up
 * costs both partners alliance_break_shock of their appropriation and is counted once; a
 * defection inside an alliance multiplies the trust loss; allies counts always equal the
 * alliances under way and never exceed two.
 */
class AlliancesTest {
    private static final double EPS = 1e-12;

    private static Tiny base() {
        return Tiny.builder()
                .actor("a", ActorKind.SME, Site.AIN_SMARA)
                .actor("b", ActorKind.SME, Site.AIN_SMARA)
                .actor("c", ActorKind.SME, Site.AIN_SMARA)
                .actor("ministry", ActorKind.MINISTRY, Site.ALGIERS)
                .actor("cci", ActorKind.COMMERCE_CHAMBER, Site.CITY_CENTRE)
                .param(Param.ALLIANCE_RATE, 1);
    }

    @Test
    void pairAboveThresholdFormsAnAllianceOthersDoNot() {
        ClusterModel m = base()
                .relation("a", "b", 0.7)       // above 0.6 both ways
                .relation("a", "c", 0.7)
                .relation("ministry", "cci", 0.9) // not firms
                .start(1);
        Actor a = m.actorNamed("a");
        Actor b = m.actorNamed("b");
        Actor c = m.actorNamed("c");
        Tiny.setTrust(c, a, 0.59); // a-c falls short one way
        Alliances.monthly(m);
        assertEquals(1, m.cluster().alliances().size());
        Alliance al = m.cluster().alliances().get(0);
        assertTrue(al.binds(a, b) && al.binds(b, a));
        assertEquals(1, a.getAllies());
        assertEquals(1, b.getAllies());
        assertEquals(0, c.getAllies());
        assertEquals(1, m.cluster().alliancesFormed());
        assertEquals(0, m.actorNamed("ministry").getAllies());
    }

    @Test
    void breakUpCostsBothTheShockAndIsCountedOnce() {
        ClusterModel m = base().relation("a", "b", 0.8).start(2);
        Actor a = m.actorNamed("a");
        Actor b = m.actorNamed("b");
        Alliances.monthly(m);
        Alliance al = m.cluster().alliances().get(0);
        a.setAppropriation(0.4);
        b.setAppropriation(0.6);
        Alliances.breakUp(m, al);
        // keep 1 - 0.3 = 0.7: 0.4 * 0.7 = 0.28 and 0.6 * 0.7 = 0.42
        assertEquals(0.28, a.getAppropriation(), EPS);
        assertEquals(0.42, b.getAppropriation(), EPS);
        assertTrue(al.isEnded());
        assertEquals(1, m.cluster().alliancesBroken());
        assertEquals(0, a.getAllies());
        assertEquals(0, b.getAllies());
        Alliances.breakUp(m, al);
        assertEquals(1, m.cluster().alliancesBroken(), "a second break-up of the same alliance counts nothing");
        assertEquals(0.28, a.getAppropriation(), EPS);
        assertEquals(0, a.getAllies());
    }

    @Test
    void defectionInsideAnAllianceBreaksItWithTheBetrayalMultiplier() {
        ClusterModel m = base().relation("a", "b", 0.8).param(Param.COOP_BIAS, -20).start(3);
        Actor a = m.actorNamed("a");
        Actor b = m.actorNamed("b");
        Alliances.monthly(m); // forms
        a.setAppropriation(0.5);
        Alliances.monthly(m); // the allies meet; with z about -17 both defect
        // trust: 0.8 - min(1, 0.25 * 2) * 0.8 = 0.4 each way; ceiling 1 - 0.1 = 0.9
        assertEquals(0.4, Tiny.trust(a, b), EPS);
        assertEquals(0.4, Tiny.trust(b, a), EPS);
        assertEquals(0.9, a.ties().ceiling(a.ties().indexOf(b.getId())), EPS);
        // appropriation 0.5 * 0.7 = 0.35
        assertEquals(0.35, a.getAppropriation(), EPS);
        assertEquals(1, m.cluster().alliancesBroken());
        assertTrue(m.cluster().alliances().isEmpty(), "ended alliances leave the list; 0.4 is too low to re-form");
        assertEquals(0, a.getAllies());
        assertEquals(0, b.getAllies());
    }

    @Test
    void alliesCountsMatchAlliancesAndNeverExceedTwo() {
        Tiny t = Tiny.builder().group("f", ActorKind.SME, Site.AIN_SMARA, 6)
                .relation("f", "f", 0.9).param(Param.ALLIANCE_RATE, 1).param(Param.COOP_BIAS, 20);
        ClusterModel m = t.start(4);
        for (int month = 0; month < 5; month++) {
            Alliances.monthly(m);
            for (Actor x : m.actors()) {
                int count = 0;
                for (Alliance al : m.cluster().alliances()) {
                    if (!al.isEnded() && (al.a() == x || al.b() == x)) {
                        count++;
                    }
                }
                assertEquals(count, x.getAllies(), x.getName());
                assertTrue(x.getAllies() <= 2);
            }
        }
        // 6 firms with at most 2 alliances each: at most 6 alliances, and the greedy pass makes some
        assertTrue(m.cluster().alliances().size() >= 3 && m.cluster().alliances().size() <= 6);
        assertEquals(m.cluster().alliances().size(), m.cluster().alliancesFormed(), "none broke: all cooperate");
    }

    @Test
    void allianceEndsWhenAPartnerLeaves() {
        ClusterModel m = base().relation("a", "b", 0.8).start(5);
        Actor a = m.actorNamed("a");
        Actor b = m.actorNamed("b");
        Alliances.monthly(m);
        Exits.leave(m, b);
        Alliances.monthly(m);
        assertTrue(m.cluster().alliances().isEmpty());
        assertEquals(0, a.getAllies());
        assertEquals(0, m.cluster().alliancesBroken(), "a partner leaving is not a betrayal");
        assertFalse(b.isActive());
    }
}
