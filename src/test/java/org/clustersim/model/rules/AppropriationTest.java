package org.clustersim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Membership;
import org.clustersim.model.Parameters;
import org.clustersim.model.Site;
import org.clustersim.model.Tiny;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link Appropriation} on hand-computed answers with the default rates (internalisation
 * 0.08, disappointment 0.03, crowding out 0.03): members with the same benefit and different
 * perceived autonomy and felt control move differently, non-members do not move, values stay in [0, 1], and
 * the benefit is smoothed from the month's share of mutual cooperation.
 */
class AppropriationTest {
    private static final double EPS = 1e-12;

    private static ClusterModel model() {
        return Tiny.builder()
                .actor("voluntary", ActorKind.SME, Site.AIN_SMARA)
                .actor("enrolled", ActorKind.SME, Site.AIN_SMARA)
                .actor("outsider", ActorKind.SME, Site.AIN_SMARA)
                .start(4);
    }

    @Test
    void voluntaryAndEnrolledMembersWithTheSameBenefit() {
        ClusterModel m = model();
        Actor v = m.actorNamed("voluntary");
        Actor e = m.actorNamed("enrolled");
        Actor o = m.actorNamed("outsider");
        m.setMembership(v, Membership.VOLUNTARY);
        m.setMembership(e, Membership.ENROLLED);
        for (Actor a : new Actor[] {v, e, o}) {
            a.setAppropriation(0.4);
            a.setBenefit(0.5);
        }
        v.setAutonomy(1);
        e.setAutonomy(0.3);
        e.setFeltControl(0.7);
        Parameters p = m.params();
        Appropriation.update(p, v);
        Appropriation.update(p, e);
        Appropriation.update(p, o);
        // u = 1, felt control 0: 0.4 + 0.08*1*0.5*0.6 - 0.03*0.5*0.4 - 0.03*0*0.4 = 0.4 + 0.024 - 0.006 = 0.418
        assertEquals(0.418, v.getAppropriation(), EPS);
        // u = 0.3, felt control 0.7: 0.4 + 0.08*0.3*0.5*0.6 - 0.006 - 0.03*0.7*0.4
        //   = 0.4 + 0.0072 - 0.006 - 0.0084 = 0.3928
        assertEquals(0.3928, e.getAppropriation(), EPS);
        assertEquals(0.4, o.getAppropriation(), 0.0, "non-members are left as they are");
    }

    @Test
    void staysInTheUnitInterval() {
        ClusterModel m = model();
        Actor v = m.actorNamed("voluntary");
        Actor e = m.actorNamed("enrolled");
        m.setMembership(v, Membership.VOLUNTARY);
        m.setMembership(e, Membership.ENROLLED);
        v.setAppropriation(1.0);
        v.setBenefit(1.0);
        e.setAppropriation(0.0);
        e.setBenefit(0.0);
        v.setAutonomy(1);
        e.setAutonomy(0.3);
        e.setFeltControl(0.7);
        Appropriation.update(m.params(), v);
        Appropriation.update(m.params(), e);
        // 1 + 0.08 * 1 * 1 * 0 - 0 - 0 = 1; 0 + 0 - 0.03 * 1 * 0 - 0.03 * 0.7 * 0 = 0
        assertEquals(1.0, v.getAppropriation(), 0.0);
        assertEquals(0.0, e.getAppropriation(), 0.0);
    }

    @Test
    void withoutBenefitAVoluntaryMemberIsDisappointed() {
        ClusterModel m = model();
        Actor v = m.actorNamed("voluntary");
        m.setMembership(v, Membership.VOLUNTARY);
        v.setAppropriation(0.5);
        v.setBenefit(0.0);
        v.setAutonomy(1);
        Appropriation.update(m.params(), v);
        // 0.5 + 0 - 0.03 * 1 * 0.5 = 0.485
        assertEquals(0.485, v.getAppropriation(), EPS);
    }

    @Test
    void smoothBenefitUsesTheMonthsShareOfMutualCooperation() {
        ClusterModel m = model();
        Actor v = m.actorNamed("voluntary");
        Actor o = m.actorNamed("outsider");
        m.beginMonth();
        m.recordEncounter(v, o, true, true);
        m.recordEncounter(v, o, true, true);
        m.recordEncounter(o, v, false, true);
        m.recordEncounter(v, o, true, true);
        assertEquals(4, v.getEncounters());
        assertEquals(3, v.getMutualCooperations());
        v.setBenefit(0.5);
        Appropriation.smoothBenefit(m.params(), v);
        // b = 3/4; B = 0.5 + 0.3 * (0.75 - 0.5) = 0.575
        assertEquals(0.575, v.getBenefit(), EPS);
        // cooperation rate of the month: 7 cooperative decisions of 8
        assertEquals(7.0 / 8, m.cluster().cooperationRate(), EPS);
    }

    @Test
    void noEncounterLeavesBenefitUnchanged() {
        ClusterModel m = model();
        Actor v = m.actorNamed("voluntary");
        m.beginMonth();
        v.setBenefit(0.37);
        Appropriation.smoothBenefit(m.params(), v);
        assertEquals(0.37, v.getBenefit(), 0.0);
        assertEquals(Double.NaN, m.cluster().cooperationRate(), "no decisions: NaN");
    }
}
