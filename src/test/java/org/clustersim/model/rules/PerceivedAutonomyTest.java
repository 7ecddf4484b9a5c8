package org.clustersim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.clustersim.model.policy.Instrument;
import org.clustersim.model.policy.PolicySpec;
import org.clustersim.model.policy.Voice;
import org.clustersim.model.policy.Window;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link PerceivedAutonomy} on hand-computed answers (weights 1, 1, 1; autonomy_rate 0.1;
 * promise_effect 0.2): the target follows choice, voice, trust in the authority and felt control;
 * the state relaxes toward it; a promise moves it at once; non-members have none. Encounters and
 * meetings are off, so trust moves only when the test sets it.
 */
class PerceivedAutonomyTest {
    private static final double EPS = 1e-12;

    private static ClusterModel model(Instrument... instruments) {
        return Tiny.builder()
                .actor("ministry", ActorKind.MINISTRY, Site.ALGIERS)
                .actor("v", ActorKind.SME, Site.AIN_SMARA)
                .actor("e", ActorKind.SME, Site.AIN_SMARA)
                .actor("o", ActorKind.SME, Site.AIN_SMARA)
                .relation("ministry", "v", 0.6)
                .relation("ministry", "e", 0.6)
                .param(Param.ENCOUNTERS_PER_MONTH, 0)
                .param(Param.MEETINGS_PER_MONTH, 0)
                .policy(new PolicySpec(null, 1, "ministry", null, List.of(), List.of(ActorKind.SME),
                        List.of(instruments)))
                .start(9);
    }

    @Test
    void targetFollowsChoiceVoiceTrustAndFeltControl() {
        ClusterModel m = model(new Control(Window.from(1), 0.5), new Voice(Window.from(1), 0.4));
        Actor v = m.actorNamed("v");
        Actor e = m.actorNamed("e");
        Actor o = m.actorNamed("o");
        m.setMembership(v, Membership.VOLUNTARY);
        m.setMembership(e, Membership.ENROLLED);
        m.setMembership(o, Membership.ENROLLED);
        Tiny.step(m, 1);
        // felt control 0.5 * (1 - 0.6) = 0.2; chose: (1 + 0.4 + 0.6) / 3 * 0.8 = 0.5333...
        assertEquals(0.2, v.getFeltControl(), EPS);
        assertEquals(2.0 / 3 * 0.8, v.getAutonomy(), EPS);
        // enrolled: (0 + 0.4 + 0.6) / 3 * 0.8
        assertEquals(1.0 / 3 * 0.8, e.getAutonomy(), EPS);
        // o does not know the ministry: trust stranger_trust 0.3, felt 0.5 * 0.7 = 0.35, (0 + 0.4 + 0.3) / 3 * 0.65
        assertEquals(0.35, o.getFeltControl(), EPS);
        assertEquals(0.7 / 3 * 0.65, o.getAutonomy(), EPS);
        Tiny.step(m, 1);
        assertEquals(2.0 / 3 * 0.8, v.getAutonomy(), EPS, "at its target, it stays");

        Tiny.setTrust(v, m.actorNamed("ministry"), 0.9);
        Tiny.step(m, 1);
        // target (1 + 0.4 + 0.9) / 3 * (1 - 0.5 * 0.1) = 0.728333...; u = 0.5333 + 0.1 * (0.728333 - 0.5333)
        double target = 2.3 / 3 * 0.95;
        assertEquals(2.0 / 3 * 0.8 + 0.1 * (target - 2.0 / 3 * 0.8), v.getAutonomy(), EPS);
    }

    @Test
    void withoutAnyInstrumentOnlyChoiceAndTrustCount() {
        ClusterModel m = model();
        Actor v = m.actorNamed("v");
        m.setMembership(v, Membership.VOLUNTARY);
        Tiny.step(m, 1);
        assertEquals(0.0, v.getFeltControl(), 0.0);
        assertEquals(1.6 / 3, v.getAutonomy(), EPS);
    }

    @Test
    void promisesMoveAutonomyAtOnceAndNonMembersHaveNone() {
        ClusterModel m = model();
        Actor v = m.actorNamed("v");
        Actor o = m.actorNamed("o");
        m.setMembership(v, Membership.VOLUNTARY);
        Tiny.step(m, 1);
        double u = v.getAutonomy();
        PerceivedAutonomy.promiseSettled(m.params(), v, true);
        assertEquals(u + 0.2 * (1 - u), v.getAutonomy(), EPS);
        double kept = v.getAutonomy();
        PerceivedAutonomy.promiseSettled(m.params(), v, false);
        assertEquals(kept - 0.2 * kept, v.getAutonomy(), EPS);
        assertTrue(Double.isNaN(o.getAutonomy()));
        PerceivedAutonomy.promiseSettled(m.params(), o, true);
        assertTrue(Double.isNaN(o.getAutonomy()), "a non-member has no autonomy to move");
        m.setMembership(v, Membership.NONE);
        assertTrue(Double.isNaN(v.getAutonomy()), "leaving forgets it");
    }

    @Test
    void targetWithZeroWeightsIsOneMinusFeltControl() {
        ClusterModel m = model();
        m.params().set(Param.CHOICE_WEIGHT, 0);
        m.params().set(Param.VOICE_WEIGHT, 0);
        m.params().set(Param.AUTHORITY_TRUST_WEIGHT, 0);
        assertEquals(0.75, PerceivedAutonomy.target(m.params(), false, 0, 0.2, 0.25), EPS);
    }
}
