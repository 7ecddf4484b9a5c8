package org.clustersim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Membership;
import org.clustersim.model.Param;
import org.clustersim.model.Site;
import org.clustersim.model.Tiny;
import org.clustersim.model.policy.Control;
import org.clustersim.model.policy.Decree;
import org.clustersim.model.policy.Instrument;
import org.clustersim.model.policy.PolicySpec;
import org.clustersim.model.policy.VoluntaryMembership;
import org.clustersim.model.policy.Window;
import org.junit.jupiter.api.Test;

/**
 * Checks the cooperation propensity z and its logistic probability on a rival pair of SMEs
 * (rivalry 0.4, appropriation 0.2, trust 0.5, default weights), computed by hand: with and
 * without the project's stakes, with and without a charter binding both members, and for a
 * pair that does not compete.
 */
class CooperationDecisionTest {
    private static final double EPS = 1e-12;

    /** Two rival SMEs and a state firm under these instruments. */
    private static ClusterModel model(Instrument... instruments) {
        PolicySpec policy = new PolicySpec(null, 1, null, null, List.of(), List.of(ActorKind.SME), List.of(instruments));
        return Tiny.builder()
                .actor("a", ActorKind.SME, Site.AIN_SMARA)
                .actor("b", ActorKind.SME, Site.AIN_SMARA)
                .actor("s", ActorKind.STATE_FIRM, Site.AIN_SMARA)
                .relation("a", "b", 0.5)
                .param(Param.ENCOUNTERS_PER_MONTH, 0)
                .policy(policy)
                .start(5);
    }

    @Test
    void rivalPairWithoutProjectStakes() {
        ClusterModel m = model();
        Actor a = m.actorNamed("a");
        Actor b = m.actorNamed("b");
        // z = -1.5 + 4 * 0.5 + 1.5 * 0.2 - 2.5 * 0.4 * 1 = -1.5 + 2 + 0.3 - 1.0 = -0.2
        assertEquals(-0.2, CooperationDecision.propensity(m, a, b, 0.5), EPS);
        // 1 / (1 + e^0.2) = 1 / 2.2214027581601699 = 0.45016600268752216
        assertEquals(0.45016600268752216, CooperationDecision.probability(-0.2), EPS);
    }

    @Test
    void projectStakesMultiplyRivalryOnceTheProjectIsUnderway() {
        ClusterModel m = model(new VoluntaryMembership(Window.from(1), 0.3));
        Actor a = m.actorNamed("a");
        Actor b = m.actorNamed("b");
        assertFalse(m.projectUnderway(), "month 0 is before the start month 1");
        assertEquals(-0.2, CooperationDecision.propensity(m, a, b, 0.5), EPS);
        Tiny.step(m, 1);
        assertTrue(m.projectUnderway());
        assertEquals(0.2, a.getAppropriation(), EPS, "a non-member's appropriation does not move");
        // z = -1.5 + 2 + 0.3 - 2.5 * 0.4 * 2 = -1.2
        assertEquals(-1.2, CooperationDecision.propensity(m, a, b, 0.5), EPS);
    }

    @Test
    void charterAddsItsEffectOnlyWhenBothAreMembers() {
        ClusterModel m = model();
        Actor a = m.actorNamed("a");
        Actor b = m.actorNamed("b");
        m.cluster().setCharterInForce(true);
        m.setMembership(a, Membership.VOLUNTARY);
        assertEquals(-0.2, CooperationDecision.propensity(m, a, b, 0.5), EPS, "b is not a member");
        m.setMembership(b, Membership.ENROLLED);
        // -0.2 + charter_effect 2 = 1.8
        assertEquals(1.8, CooperationDecision.propensity(m, a, b, 0.5), EPS);
        m.cluster().setCharterInForce(false);
        assertEquals(-0.2, CooperationDecision.propensity(m, a, b, 0.5), EPS, "members, but no charter");
    }

    @Test
    void charterAndStakesTogether() {
        ClusterModel m = model(new Decree(Window.from(1)));
        Actor a = m.actorNamed("a");
        Actor b = m.actorNamed("b");
        Tiny.step(m, 1); // the decree enrols the target SMEs a and b at month 1
        assertTrue(a.isMember() && b.isMember());
        m.cluster().setCharterInForce(true);
        a.setAppropriation(0.2);
        // -1.5 + 2 + 0.3 - 2.0 + 2 = 0.8
        assertEquals(0.8, CooperationDecision.propensity(m, a, b, 0.5), EPS);
    }

    @Test
    void sanctionsUnderControlAddToMembersOnly() {
        ClusterModel m = model(new Decree(Window.from(1)), new Control(Window.from(1), 0.6));
        Actor a = m.actorNamed("a");
        Actor b = m.actorNamed("b");
        Actor s = m.actorNamed("s");
        Tiny.step(m, 1);
        a.setAppropriation(0.2);
        // members a and b, stakes 2: -1.5 + 2 + 0.3 - 2.0 + sanction_effect 1.75 * control 0.6 = -0.15
        assertEquals(-0.15, CooperationDecision.propensity(m, a, b, 0.5), EPS);
        // the state firm is not a target, hence not a member: no sanction toward it
        assertEquals(0.8, CooperationDecision.propensity(m, a, s, 0.5), EPS);
    }

    @Test
    void noRivalryBetweenDifferentMarketsAndPropensityIsDirected() {
        ClusterModel m = model();
        Actor a = m.actorNamed("a");
        Actor b = m.actorNamed("b");
        Actor s = m.actorNamed("s");
        // SME toward state firm: -1.5 + 2 + 0.3 = 0.8, no rivalry term
        assertEquals(0.8, CooperationDecision.propensity(m, a, s, 0.5), EPS);
        // state firms are not a rival kind: the state firm's own rivalry 0.4 does not count
        assertEquals(0.8, CooperationDecision.propensity(m, s, a, 0.5), EPS);
        b.setRivalry(0.8);
        // b toward a uses b's rivalry: -1.5 + 2 + 0.3 - 2.5 * 0.8 = -1.2; a toward b is unchanged
        assertEquals(-1.2, CooperationDecision.propensity(m, b, a, 0.5), EPS);
        assertEquals(-0.2, CooperationDecision.propensity(m, a, b, 0.5), EPS);
    }

    @Test
    void logisticProbabilityKnownValues() {
        assertEquals(0.5, CooperationDecision.probability(0), EPS);
        // 1 / (1 + 1/3) = 0.75
        assertEquals(0.75, CooperationDecision.probability(Math.log(3)), EPS);
        assertEquals(0.25, CooperationDecision.probability(-Math.log(3)), EPS);
    }

    @Test
    void decisionsFollowTheProbabilityWithTheSeededGenerator() {
        ClusterModel m = model();
        Actor a = m.actorNamed("a");
        Actor b = m.actorNamed("b");
        // trust 0.8: z = -1.5 + 3.2 + 0.3 - 1.0 = 1.0, p = 1 / (1 + e^-1) = 0.731
        int yes = 0;
        for (int k = 0; k < 4000; k++) {
            if (CooperationDecision.decide(m, a, b, 0.8)) {
                yes++;
            }
        }
        // expected 2924, standard deviation 28: the seeded count lies well within +-150
        assertTrue(Math.abs(yes - 2924) < 150, "cooperated " + yes + " times of 4000");
    }
}
