package org.clustersim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.Site;
import org.clustersim.model.Tiny;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link InformationExchange}: the receiver closes a share absorption * gate of each
 * knowledge gap, the gate being the sender's openness times its trust in the receiver; nothing
 * moves toward a sender who knows less, and knowledge is never lost by sharing.
 */
class InformationExchangeTest {
    private static final double EPS = 1e-12;

    private static ClusterModel model() {
        return Tiny.builder()
                .actor("sender", ActorKind.SME, Site.BARDO)
                .actor("receiver", ActorKind.SME, Site.BARDO)
                .relation("sender", "receiver", 0.6)
                .start(3);
    }

    @Test
    void gateIsOpennessTimesTrust() {
        ClusterModel m = model();
        Actor s = m.actorNamed("sender");
        s.setOpenness(0.5);
        assertEquals(0.3, InformationExchange.gate(s, 0.6), EPS); // 0.5 * 0.6
    }

    @Test
    void receiverClosesAbsorptionTimesGateOfEachGap() {
        ClusterModel m = model();
        Actor s = m.actorNamed("sender");
        Actor r = m.actorNamed("receiver");
        s.setOpenness(0.5);
        r.setKnowHow(0.2);
        r.setExternal(0.1);
        double gate = InformationExchange.gate(s, Tiny.trust(s, r)); // 0.5 * 0.6 = 0.3
        InformationExchange.receive(m.params(), r, gate, 0.8, 0.6);
        // rate = absorption 0.2 * gate 0.3 = 0.06
        // know-how: 0.2 + 0.06 * (0.8 - 0.2) = 0.236; external: 0.1 + 0.06 * (0.6 - 0.1) = 0.13
        assertEquals(0.236, r.getKnowHow(), EPS);
        assertEquals(0.13, r.getExternal(), EPS);
    }

    @Test
    void absorptionParameterScalesTheRate() {
        ClusterModel m = model();
        Actor r = m.actorNamed("receiver");
        r.setKnowHow(0.0);
        r.setExternal(0.0);
        Parameters p = Tiny.referenceParameters();
        p.set(Param.ABSORPTION, 1.0);
        InformationExchange.receive(p, r, 0.5, 1.0, 0.4);
        // rate 1 * 0.5: 0 + 0.5 * 1 = 0.5 and 0 + 0.5 * 0.4 = 0.2
        assertEquals(0.5, r.getKnowHow(), EPS);
        assertEquals(0.2, r.getExternal(), EPS);
    }

    @Test
    void noChangeWhenTheSenderKnowsLess() {
        ClusterModel m = model();
        Actor r = m.actorNamed("receiver");
        r.setKnowHow(0.7);
        r.setExternal(0.5);
        InformationExchange.receive(m.params(), r, 1.0, 0.3, 0.2);
        assertEquals(0.7, r.getKnowHow(), 0.0);
        assertEquals(0.5, r.getExternal(), 0.0);
    }

    @Test
    void onlyTheGapThatExistsIsClosed() {
        ClusterModel m = model();
        Actor r = m.actorNamed("receiver");
        r.setKnowHow(0.7);
        r.setExternal(0.1);
        InformationExchange.receive(m.params(), r, 0.5, 0.3, 0.9);
        // know-how stays (sender knows less); external: 0.1 + 0.2 * 0.5 * 0.8 = 0.18
        assertEquals(0.7, r.getKnowHow(), 0.0);
        assertEquals(0.18, r.getExternal(), EPS);
    }

    @Test
    void closedGateOrZeroTrustPassesNothing() {
        ClusterModel m = model();
        Actor s = m.actorNamed("sender");
        Actor r = m.actorNamed("receiver");
        r.setKnowHow(0.2);
        InformationExchange.receive(m.params(), r, InformationExchange.gate(s, 0.0), 0.9, 0.9);
        assertEquals(0.2, r.getKnowHow(), 0.0);
    }
}
