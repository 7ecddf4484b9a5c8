package org.clustersim.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Site;
import org.clustersim.model.Tiny;
import org.junit.jupiter.api.Test;

/**
 * Checks the turnover of local officials: at every multiple of turnover_period, and only then,
 * the new official trusts everyone it inherits at stranger_trust (its predecessor's scars
 * forgotten), and the others live the predecessor's unkept promises as a defection: their trust
 * in the authority loses trust_loss of itself and its ceiling scar of itself (Tiny pins
 * trust_loss 0.25 and scar 0.1); a period of 0 means no turnover.
 */
class TurnoverTest {
    private static final double EPS = 1e-12;

    private static ClusterModel model(int period) {
        return Tiny.builder()
                .actor("WILAYA", ActorKind.LOCAL_AUTHORITY, Site.CITY_CENTRE)
                .actor("a", ActorKind.SME, Site.AIN_SMARA)
                .actor("b", ActorKind.STATE_FIRM, Site.AIN_SMARA)
                .relation("WILAYA", "a", 0.8)
                .relation("WILAYA", "b", 0.8)
                .param(Param.ENCOUNTERS_PER_MONTH, 0)
                .param(Param.TURNOVER_PERIOD, period)
                .start(41);
    }

    private static void assertTrust(ClusterModel m, double official, double others) {
        Actor w = m.actorNamed("WILAYA");
        for (String n : new String[] {"a", "b"}) {
            Actor x = m.actorNamed(n);
            assertEquals(official, Tiny.trust(w, x), EPS, "WILAYA -> " + n + " at month " + m.month());
            assertEquals(others, Tiny.trust(x, w), EPS, n + " -> WILAYA at month " + m.month());
        }
    }

    @Test
    void trustRestartsAtStrangerTrustAtEachMultipleOfThePeriod() {
        ClusterModel m = model(3);
        Actor w = m.actorNamed("WILAYA");
        Actor a = m.actorNamed("a");
        // a scar: a can trust the official at most 0.5
        a.ties().setCeiling(a.ties().indexOf(w.getId()), 0.5);
        Tiny.setTrust(a, w, 0.8); // capped at the ceiling
        assertEquals(0.5, Tiny.trust(a, w), EPS);
        Tiny.setTrust(a, w, 0.4);

        Tiny.step(m, 2);
        assertEquals(0.4, Tiny.trust(a, w), EPS, "months 1 and 2: no change");
        assertEquals(0.8, Tiny.trust(w, a), EPS);

        Tiny.step(m, 1); // month 3
        Actor b = m.actorNamed("b");
        assertEquals(0.3, Tiny.trust(w, a), EPS, "the newcomer trusts a as a stranger");
        assertEquals(1.0, w.ties().ceiling(w.ties().indexOf(a.getId())), 0.0, "the newcomer has no scars");
        assertEquals(0.4 * 0.75, Tiny.trust(a, w), EPS, "a: 0.4 - 0.25 * 0.4");
        assertEquals(0.5 * 0.9, a.ties().ceiling(a.ties().indexOf(w.getId())), EPS, "a's scar deepens");
        assertEquals(0.8 * 0.75, Tiny.trust(b, w), EPS, "b: 0.8 - 0.25 * 0.8");

        for (String n : new String[] {"a", "b"}) {
            Tiny.setTrust(w, m.actorNamed(n), 0.9);
            Tiny.setTrust(m.actorNamed(n), w, 0.8);
        }
        Tiny.step(m, 2); // months 4, 5
        assertEquals(0.9, Tiny.trust(w, b), EPS);
        assertEquals(0.8, Tiny.trust(b, w), EPS);
        Tiny.step(m, 1); // month 6
        assertEquals(0.3, Tiny.trust(w, b), EPS);
        assertEquals(0.6, Tiny.trust(b, w), EPS);
    }

    @Test
    void periodZeroMeansNoTurnover() {
        ClusterModel m = model(0);
        Tiny.step(m, 40);
        assertTrust(m, 0.8, 0.8);
    }

    @Test
    void strangerTrustParameterIsUsed() {
        ClusterModel m = Tiny.builder()
                .actor("WILAYA", ActorKind.LOCAL_AUTHORITY, Site.CITY_CENTRE)
                .actor("a", ActorKind.SME, Site.AIN_SMARA)
                .actor("b", ActorKind.SME, Site.AIN_SMARA)
                .relation("WILAYA", "a", 0.8)
                .relation("WILAYA", "b", 0.8)
                .param(Param.ENCOUNTERS_PER_MONTH, 0)
                .param(Param.TURNOVER_PERIOD, 1)
                .param(Param.STRANGER_TRUST, 0.45)
                .start(42);
        Tiny.step(m, 1);
        assertTrust(m, 0.45, 0.8 * 0.75);
    }
}
