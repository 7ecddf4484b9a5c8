package org.clustersim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Membership;
import org.clustersim.model.Site;
import org.clustersim.model.Tiny;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link Viability#update}: viability moves at viability_rate toward
 * market + benefit_value * B + innovation_value * x (capped at 1), and the firm must exit when it
 * falls below exit_threshold; the monthly update then takes it out of the model and the members.
 */
class ViabilityTest {
    private static final double EPS = 1e-12;

    private static ClusterModel model() {
        return Tiny.builder()
                .actor("firm", ActorKind.SME, Site.AIN_SMARA)
                .actor("other", ActorKind.SME, Site.AIN_SMARA)
                .start(6);
    }

    private static void set(Actor a, double v, double market, double benefit, double external) {
        a.setViability(v);
        a.setMarket(market);
        a.setBenefit(benefit);
        a.setExternal(external);
    }

    @Test
    void movesTowardItsTarget() {
        ClusterModel m = model();
        Actor a = m.actorNamed("firm");
        set(a, 0.5, 0.3, 0.5, 0.2);
        // target = 0.3 + 0.3 * 0.5 + 0.3 * 0.2 = 0.51; v = 0.5 + 0.05 * (0.51 - 0.5) = 0.5005
        assertFalse(Viability.update(m.params(), a));
        assertEquals(0.5005, a.getViability(), EPS);
    }

    @Test
    void targetIsCappedAtOne() {
        ClusterModel m = model();
        Actor a = m.actorNamed("firm");
        set(a, 0.5, 1.0, 1.0, 1.0);
        // target = 1 + 0.3 + 0.3 = 1.6, capped at 1: v = 0.5 + 0.05 * 0.5 = 0.525
        assertFalse(Viability.update(m.params(), a));
        assertEquals(0.525, a.getViability(), EPS);
    }

    @Test
    void exitThreshold() {
        ClusterModel m = model();
        Actor a = m.actorNamed("firm");
        set(a, 0.16, 0, 0, 0);
        // 0.16 - 0.05 * 0.16 = 0.152 >= 0.15: stays
        assertFalse(Viability.update(m.params(), a));
        assertEquals(0.152, a.getViability(), EPS);
        // 0.152 - 0.05 * 0.152 = 0.1444 < 0.15: exits
        assertTrue(Viability.update(m.params(), a));
        assertEquals(0.1444, a.getViability(), EPS);
    }

    @Test
    void monthlyUpdateClosesTheFirmBelowTheThreshold() {
        ClusterModel m = model();
        Actor a = m.actorNamed("firm");
        Actor b = m.actorNamed("other");
        m.setMembership(a, Membership.VOLUNTARY);
        m.setMembership(b, Membership.VOLUNTARY);
        set(a, 0.152, 0, 0, 0);
        set(b, 0.5, 0.3, 0.5, 0.2);
        m.beginMonth();
        MonthlyUpdate.apply(m);
        assertFalse(a.isActive());
        assertFalse(a.isMember());
        assertTrue(b.isActive());
        assertEquals(1, m.members().size());
        assertTrue(m.members().contains(b));
    }
}
