package org.clustersim.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Membership;
import org.clustersim.model.Param;
import org.clustersim.model.Site;
import org.clustersim.model.Tiny;
import org.junit.jupiter.api.Test;

/**
 * Checks instruments on tiny models with encounters and meetings off, so that only the
 * instrument acts: windows (both ends included, expiry the month after), a programme's entry,
 * brokerage and exit, a charter's lapse, partners assigned once per member, a decree that ends
 * (members may then leave), sessions where attendees meet each other, and fields refused by the
 * records' constructors.
 */
class InstrumentsTest {
    private static Tiny base(Instrument... instruments) {
        return Tiny.builder()
                .actor("ministry", ActorKind.MINISTRY, Site.ALGIERS)
                .actor("cluster", ActorKind.CLUSTER_ASSOCIATION, Site.CITY_CENTRE, false)
                .actor("UNIDO", ActorKind.INTERNATIONAL_AGENCY, Site.CITY_CENTRE, false)
                .group("sme", ActorKind.SME, Site.AIN_SMARA, 6)
                .param(Param.ENCOUNTERS_PER_MONTH, 0)
                .param(Param.MEETINGS_PER_MONTH, 0)
                .policy(new PolicySpec(null, 1, "ministry", "cluster", List.of(), List.of(ActorKind.SME),
                        List.of(instruments)));
    }

    @Test
    void windowsIncludeBothEnds() {
        Window w = new Window(3, 5);
        assertFalse(w.contains(2));
        assertTrue(w.contains(3) && w.contains(5));
        assertFalse(w.contains(6));
        assertTrue(Window.from(4).contains(Integer.MAX_VALUE - 1));
        assertThrows(IllegalArgumentException.class, () -> new Window(5, 4));
        assertThrows(IllegalArgumentException.class, () -> new Window(0, 4));
    }

    @Test
    void recordsRefuseValuesOutOfRange() {
        Window w = Window.from(1);
        assertThrows(IllegalArgumentException.class, () -> new Control(w, 1.2));
        assertThrows(IllegalArgumentException.class, () -> new Voice(w, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new Awareness(w, 0, 0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new AssignedPartners(w, -1));
        assertThrows(IllegalArgumentException.class, () -> new Promise(w, "WILAYA", "premises", false, false));
        assertThrows(IllegalArgumentException.class, () -> new Programme(w, List.of(), null));
    }

    @Test
    void aProgrammeBringsItsActorsAndCoordinatorThenTheyLeave() {
        ClusterModel m = base(new Programme(new Window(2, 4), List.of("UNIDO"), "UNIDO")).start(71);
        Actor unido = m.actorNamed("UNIDO");
        Tiny.step(m, 1);
        assertFalse(unido.isActive());
        Tiny.step(m, 1);
        assertTrue(unido.isActive() && unido.isCoordinator() && unido.isInformed(), "month 2");
        assertTrue(m.projectUnderway(), "a programme launches the project");
        Tiny.step(m, 2);
        assertTrue(unido.isActive(), "month 4 is still in the window");
        Tiny.step(m, 1);
        assertFalse(unido.isActive() || unido.isCoordinator(), "month 5: the programme has ended");
    }

    @Test
    void aCharterLapsesTheMonthAfterItsWindow() {
        ClusterModel m = base(new Decree(Window.from(1)), new Charter(new Window(2, 3), CharterRule.SCHEDULED)).start(72);
        Tiny.step(m, 1);
        assertFalse(m.cluster().isCharterInForce());
        Tiny.step(m, 1);
        assertTrue(m.cluster().isCharterInForce(), "month 2");
        Tiny.step(m, 1);
        assertTrue(m.cluster().isCharterInForce(), "month 3");
        Tiny.step(m, 1);
        assertFalse(m.cluster().isCharterInForce(), "month 4");
    }

    @Test
    void partnersAreAssignedOncePerMemberAmongStrangers() {
        ClusterModel m = base(new Decree(Window.from(1)), new AssignedPartners(Window.from(1), 2)).start(73);
        Tiny.step(m, 1);
        int ties = smeTies(m);
        assertTrue(ties > 0 && ties <= 6 * 2 * 2, "at most 2 drawn by each of 6 members, counted both ways: " + ties);
        for (Actor a : m.members()) {
            assertTrue(a.hasAssignedPartners(), a.getName());
        }
        Tiny.step(m, 5);
        assertEquals(ties, smeTies(m), "no new draw for members who already have partners");
        assertTrue(m.inForce().assignedPartners());
    }

    @Test
    void membersMayLeaveOnceADecreeEnds() {
        ClusterModel m = base(new Decree(new Window(1, 2)), new VoluntaryMembership(Window.from(1), 0.3)).start(74);
        Tiny.step(m, 1);
        for (Actor a : m.members()) {
            assertEquals(Membership.ENROLLED, a.getMembership());
            a.setAppropriation(0); // below leave_appropriation 0.05
        }
        Tiny.step(m, 1);
        assertEquals(6, m.members().size(), "month 2: membership is compulsory");
        for (Actor a : m.members()) {
            a.setAppropriation(0);
        }
        Tiny.step(m, 1);
        assertTrue(m.members().isEmpty(), "month 3: the decree has ended and they leave");
    }

    @Test
    void attendeesOfASessionMeetEachOther() {
        ClusterModel m = base(new Awareness(Window.from(1), 6, 1, 2)).start(75);
        assertEquals(0, smeTies(m));
        Tiny.step(m, 1);
        assertTrue(smeTies(m) > 0, "attendees who did not know each other now do");
        for (Actor a : m.actors()) {
            if (a.getKind() == ActorKind.SME) {
                assertTrue(a.isInformed() && a.ties().indexOf(m.actorNamed("ministry").getId()) >= 0, a.getName());
            }
        }
        ClusterModel alone = base(new Awareness(Window.from(1), 6, 1, 0)).start(75);
        Tiny.step(alone, 1);
        assertEquals(0, smeTies(alone), "with no peers met, the session creates no tie between firms");
    }

    private static int smeTies(ClusterModel m) {
        int n = 0;
        for (Actor a : m.actors()) {
            if (a.getKind() != ActorKind.SME) {
                continue;
            }
            for (int k = 0; k < a.ties().size(); k++) {
                n += m.actor(a.ties().partner(k)).getKind() == ActorKind.SME ? 1 : 0;
            }
        }
        return n;
    }
}
