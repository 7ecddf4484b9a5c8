package org.clustersim.model.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Membership;
import org.clustersim.model.Param;
import org.clustersim.model.Policies;
import org.clustersim.model.Site;
import org.clustersim.model.Stage;
import org.clustersim.model.Tiny;
import org.junit.jupiter.api.Test;

/**
 * Checks how the cluster structure forms. The impose preset: the decree at the start month enrols
 * every target firm (and only them) as ENROLLED, activates the association and forms the
 * structure that month, and assigned partners are met as strangers. Awareness with voluntary
 * membership: firms join by their own score and the structure forms only in the month the
 * critical mass is reached; the stage is SPONTANEOUS before and ORGANISED after.
 * Encounters and meetings are switched off so that only the policy changes trust.
 */
class PolicyFormationTest {

    private static Tiny cluster(List<Instrument> instruments, int start) {
        return Tiny.builder()
                .actor("ministry", ActorKind.MINISTRY, Site.ALGIERS)
                .actor("cluster", ActorKind.CLUSTER_ASSOCIATION, Site.CITY_CENTRE, false)
                .actor("s1", ActorKind.SME, Site.AIN_SMARA)
                .actor("s2", ActorKind.SME, Site.AIN_SMARA)
                .actor("s3", ActorKind.SME, Site.OUED_HAMIMIME)
                .actor("s4", ActorKind.SME, Site.OUED_HAMIMIME)
                .actor("uni", ActorKind.UNIVERSITY, Site.CITY_CENTRE)
                .param(Param.ENCOUNTERS_PER_MONTH, 0)
                .param(Param.MEETINGS_PER_MONTH, 0)
                .policy(new PolicySpec(null, start, "ministry", "cluster", List.of(), List.of(ActorKind.SME),
                        instruments));
    }

    @Test
    void decreeEnrolsAllTargetsAndFormsAtTheStartMonth() {
        ClusterModel m = cluster(Policies.imposeInstruments(3), 3).relation("ministry", "sme", 0.7).start(31);
        Tiny.step(m, 2);
        assertFalse(m.cluster().isFormed());
        assertTrue(m.members().isEmpty());
        assertEquals(Stage.SPONTANEOUS, m.cluster().stage());
        assertFalse(m.actorNamed("cluster").isActive());

        Tiny.step(m, 1);
        assertTrue(m.cluster().isFormed());
        assertEquals(3, m.cluster().formedMonth());
        assertEquals(Stage.ORGANISED, m.cluster().stage());
        assertEquals(4, m.members().size());
        Actor association = m.actorNamed("cluster");
        assertTrue(association.isActive());
        int smeTies = 0;
        for (String n : List.of("s1", "s2", "s3", "s4")) {
            Actor a = m.actorNamed(n);
            assertEquals(Membership.ENROLLED, a.getMembership(), n);
            assertTrue(a.isInformed(), n);
            // members trust the association as they trust the promoter (0.7); it trusts them as strangers
            assertEquals(0.7, Tiny.trust(a, association), 1e-12);
            assertEquals(0.3, Tiny.trust(association, a), 1e-12);
            for (int k = 0; k < a.ties().size(); k++) {
                Actor b = m.actor(a.ties().partner(k));
                if (b.getKind() == ActorKind.SME) {
                    assertEquals(0.3, a.ties().trust(k), 1e-12, "decreed partners meet as strangers");
                    smeTies++;
                }
            }
        }
        assertTrue(smeTies > 0, "the decree assigns partners among members");
        assertFalse(m.actorNamed("uni").isMember());
        assertFalse(m.actorNamed("ministry").isMember());
    }

    @Test
    void proposeFormsOnlyOnceTheCriticalMassHasJoined() {
        Window from2 = Window.from(2);
        // one session, at month 2, that every target attends; 3 of the 4 SMEs make the critical mass
        ClusterModel m = cluster(List.of(new Awareness(from2, 120, 1, 0), new VoluntaryMembership(from2, 0.75)), 2)
                .relation("ministry", "s1", 0.9)
                .relation("ministry", "s2", 0.9)
                .relation("ministry", "s3", 0.1)
                .relation("ministry", "s4", 0.1)
                .param(Param.PROMOTER_WEIGHT, 1)       // score = trust in the promoter
                .param(Param.JOIN_THRESHOLD_MIN, 0.3)  // every threshold is 0.3
                .param(Param.JOIN_THRESHOLD_MAX, 0.3)
                .start(32);
        Tiny.step(m, 1);
        assertTrue(m.members().isEmpty(), "nothing before the start month");
        assertFalse(m.actorNamed("s1").isInformed());

        // month 2: the session informs all; s1, s2 trust the promoter >= 0.9 * 0.75 = 0.675 >= 0.3 and join;
        // s3, s4 have at most 0.1 + 0.06 * 0.9 = 0.154 < 0.3
        Tiny.step(m, 2);
        assertEquals(2, m.members().size());
        assertEquals(Membership.VOLUNTARY, m.actorNamed("s1").getMembership());
        assertEquals(Membership.VOLUNTARY, m.actorNamed("s2").getMembership());
        assertTrue(m.actorNamed("s4").isInformed());
        assertFalse(m.cluster().isFormed(), "2 < 0.75 * 4 = 3");
        assertEquals(Stage.SPONTANEOUS, m.cluster().stage());
        assertFalse(m.actorNamed("cluster").isActive());

        Tiny.setTrust(m.actorNamed("s3"), m.actorNamed("ministry"), 0.8);
        Tiny.step(m, 1); // month 4: s3 joins, 3 >= 3
        assertEquals(3, m.members().size());
        assertTrue(m.cluster().isFormed());
        assertEquals(4, m.cluster().formedMonth());
        assertEquals(Stage.ORGANISED, m.cluster().stage());
        assertTrue(m.actorNamed("cluster").isActive());
        assertFalse(m.actorNamed("s4").isMember());
        assertTrue(m.actorNamed("s3").ties().indexOf(m.actorNamed("cluster").getId()) >= 0,
                "new members are linked to the association");
    }

    // The loader accepts any single actor as promoter, an SME too: it must not meet itself.
    @Test
    void promoterThatIsATargetFirmDoesNotMeetItself() {
        ClusterModel m = Tiny.builder()
                .group("sme", ActorKind.SME, Site.AIN_SMARA, 3)
                .actor("lead", ActorKind.SME, Site.AIN_SMARA)
                .relation("lead", "sme", 0.8)
                .policy(new PolicySpec(null, 1, "lead", null, List.of(), List.of(ActorKind.SME),
                        List.of(new Awareness(Window.from(1), 6, 1, 1))))
                .start(34);
        Actor lead = m.actorNamed("lead");
        assertDoesNotThrow(() -> Tiny.step(m, 3));
        assertEquals(-1, lead.ties().indexOf(lead.getId()), "no tie to oneself");
        assertTrue(m.actorNamed("sme-01").isInformed());
    }

    @Test
    void noPolicyNeverForms() {
        ClusterModel m = cluster(List.of(), 1).relation("ministry", "sme", 0.9).start(33);
        Tiny.step(m, 12);
        assertFalse(m.cluster().isFormed());
        assertTrue(m.members().isEmpty());
        assertEquals(Stage.SPONTANEOUS, m.cluster().stage());
        assertFalse(m.projectUnderway());
    }
}
