package org.clustersim.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Site;
import org.clustersim.model.Stage;
import org.clustersim.model.Tiny;
import org.junit.jupiter.api.Test;

/**
 * Checks the charter rule (a scheduled charter comes into force at its month, but only once the
 * structure has formed; a consensus charter when members' appropriation reaches
 * charter_consensus) and the stage rule (FROZEN after freeze_months months of low member
 * appropriation, back to ORGANISED when it recovers, GOVERNED with a charter and high
 * appropriation). The decree forms the structure; encounters are switched off.
 */
class CharterAndStageTest {

    /** A decree at {@code start}; a charter by {@code rule} from {@code charterMonth}, or none when rule is null. */
    private static Tiny cluster(int start, CharterRule rule, int charterMonth) {
        List<Instrument> instruments = new ArrayList<>(List.of(new Decree(Window.from(start))));
        if (rule != null) {
            instruments.add(new Charter(Window.from(charterMonth), rule));
        }
        return Tiny.builder()
                .actor("ministry", ActorKind.MINISTRY, Site.ALGIERS)
                .actor("cluster", ActorKind.CLUSTER_ASSOCIATION, Site.CITY_CENTRE, false)
                .group("sme", ActorKind.SME, Site.AIN_SMARA, 3)
                .param(Param.ENCOUNTERS_PER_MONTH, 0)
                .param(Param.MEETINGS_PER_MONTH, 0)
                .policy(new PolicySpec(null, start, "ministry", "cluster", List.of(), List.of(ActorKind.SME),
                        instruments));
    }

    private static void setFirmAppropriation(ClusterModel m, double value) {
        for (Actor a : m.actors()) {
            if (a.getKind() == ActorKind.SME) {
                a.setAppropriation(value);
            }
        }
    }

    @Test
    void scheduledCharterWaitsForFormation() {
        ClusterModel m = cluster(4, CharterRule.SCHEDULED, 2).start(51);
        for (int month = 1; month <= 3; month++) {
            Tiny.step(m, 1);
            assertFalse(m.cluster().isCharterInForce(), "month " + month + ": no structure yet");
        }
        Tiny.step(m, 1);
        assertTrue(m.cluster().isFormed());
        assertTrue(m.cluster().isCharterInForce(), "month 4: formed, and 4 >= 2");
    }

    @Test
    void scheduledCharterComesAtItsMonth() {
        ClusterModel m = cluster(2, CharterRule.SCHEDULED, 6).start(52);
        Tiny.step(m, 2);
        assertTrue(m.cluster().isFormed());
        for (int month = 3; month <= 5; month++) {
            assertFalse(m.cluster().isCharterInForce(), "before month 6");
            Tiny.step(m, 1);
        }
        assertFalse(m.cluster().isCharterInForce(), "month 5");
        Tiny.step(m, 1);
        assertTrue(m.cluster().isCharterInForce(), "month 6");
        Tiny.step(m, 10);
        assertTrue(m.cluster().isCharterInForce(), "stays in force");
    }

    @Test
    void consensusCharterNeedsMembersAppropriation() {
        ClusterModel low = cluster(1, CharterRule.CONSENSUS, 1).param(Param.INTERNALISATION_RATE, 0).start(53);
        setFirmAppropriation(low, 0.1);
        Tiny.step(low, 12);
        assertTrue(low.cluster().isFormed());
        assertFalse(low.cluster().isCharterInForce(), "0.1 < charter_consensus 0.5");

        ClusterModel high = cluster(1, CharterRule.CONSENSUS, 1).start(53);
        setFirmAppropriation(high, 0.9);
        Tiny.step(high, 1);
        assertTrue(high.cluster().isCharterInForce(), "0.9 >= 0.5 at formation");
    }

    @Test
    void frozenAfterFreezeMonthsOfLowAppropriationThenRecovers() {
        ClusterModel m = cluster(2, null, 0)
                .param(Param.INTERNALISATION_RATE, 0) // A = 0 stays 0: every term is a multiple of A
                .param(Param.FREEZE_MONTHS, 3)
                .start(54);
        setFirmAppropriation(m, 0);
        Tiny.step(m, 1);
        assertEquals(Stage.SPONTANEOUS, m.cluster().stage(), "month 1, before the decree");
        Tiny.step(m, 1);
        assertEquals(Stage.ORGANISED, m.cluster().stage(), "month 2: stalled 1");
        assertEquals(1, m.cluster().stalledMonths());
        Tiny.step(m, 1);
        assertEquals(Stage.ORGANISED, m.cluster().stage(), "month 3: stalled 2");
        Tiny.step(m, 1);
        assertEquals(Stage.FROZEN, m.cluster().stage(), "month 4: stalled 3 = freeze_months");
        Tiny.step(m, 3);
        assertEquals(Stage.FROZEN, m.cluster().stage());
        assertEquals(6, m.cluster().stalledMonths());

        setFirmAppropriation(m, 0.4);
        Tiny.step(m, 1);
        assertEquals(0, m.cluster().stalledMonths());
        assertEquals(Stage.ORGANISED, m.cluster().stage(), "no charter: organised, not governed");
    }

    @Test
    void governedWithCharterAndHighAppropriation() {
        ClusterModel m = cluster(1, CharterRule.SCHEDULED, 1).start(55);
        setFirmAppropriation(m, 0.9);
        Tiny.step(m, 1);
        // enrolled (c = 0), no voice, no control, trust in the unknown ministry = stranger_trust 0.3:
        // u = (0 + 0 + 0.3) / 3 = 0.1, felt control 0; B = 0.5:
        // 0.9 + 0.08*0.1*0.5*0.1 - 0.03*0.5*0.9 - 0 = 0.8869 >= 0.5
        assertEquals(0.8869, m.meanMemberAppropriation(), 1e-12);
        assertEquals(Stage.GOVERNED, m.cluster().stage());
        assertEquals(2, Stage.GOVERNED.code());
    }
}
