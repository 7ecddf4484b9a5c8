package org.clustersim.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Site;
import org.clustersim.model.Tiny;
import org.junit.jupiter.api.Test;

/**
 * Checks the turnover of local officials and promises. At every multiple of turnover_period, and
 * only then, the new official trusts everyone it inherits at stranger_trust (its predecessor's
 * scars forgotten); the others' trust in the authority does not move unless a promise is
 * settled. A promise falls due and is kept (the targets see the authority cooperate:
 * {@code T += 0.06 (c - T)}), or a turnover breaks it first (a defection: {@code T -= 0.25 T},
 * {@code c -= 0.1 c}, as Tiny pins trust_loss and scar), and a renewed promise is made again by
 * the new official. Encounters are off, so trust moves only by these rules.
 */
class TurnoverAndPromisesTest {
    private static final double EPS = 1e-12;

    private static ClusterModel model(int period, Instrument... instruments) {
        return Tiny.builder()
                .actor("WILAYA", ActorKind.LOCAL_AUTHORITY, Site.CITY_CENTRE)
                .actor("a", ActorKind.SME, Site.AIN_SMARA)
                .actor("b", ActorKind.STATE_FIRM, Site.AIN_SMARA)
                .relation("WILAYA", "a", 0.8)
                .relation("WILAYA", "b", 0.8)
                .param(Param.ENCOUNTERS_PER_MONTH, 0)
                .param(Param.TURNOVER_PERIOD, period)
                .policy(new PolicySpec(null, 1, null, null, List.of(), List.of(ActorKind.SME, ActorKind.STATE_FIRM),
                        List.of(instruments)))
                .start(41);
    }

    private static Promise premises(boolean kept, boolean renewed) {
        return new Promise(new Window(1, 5), "WILAYA", "premises", kept, renewed);
    }

    private static double ceiling(Actor from, Actor to) {
        return from.ties().ceiling(from.ties().indexOf(to.getId()));
    }

    @Test
    void aNewOfficialStartsAfreshAndTheOthersDoNotMoveWithoutPromises() {
        ClusterModel m = model(3);
        Actor w = m.actorNamed("WILAYA");
        Actor a = m.actorNamed("a");
        w.ties().setCeiling(w.ties().indexOf(a.getId()), 0.5);
        Tiny.step(m, 2);
        assertEquals(0.5, Tiny.trust(w, a), EPS, "months 1 and 2: capped by its scar, no turnover");
        Tiny.step(m, 1);
        assertEquals(0.3, Tiny.trust(w, a), EPS, "month 3: the newcomer trusts a as a stranger");
        assertEquals(1.0, ceiling(w, a), 0.0, "the newcomer has no scars");
        assertEquals(0.8, Tiny.trust(a, w), EPS, "no promise broken: a's trust stays");
    }

    @Test
    void aPromiseKeptWhenDueIsSeenAsCooperation() {
        ClusterModel m = model(0, premises(true, false));
        Actor w = m.actorNamed("WILAYA");
        Tiny.step(m, 4);
        assertEquals(0.8, Tiny.trust(m.actorNamed("a"), w), EPS, "not due before month 5");
        Tiny.step(m, 1);
        for (String n : List.of("a", "b")) {
            assertEquals(0.8 + 0.06 * (1 - 0.8), Tiny.trust(m.actorNamed(n), w), EPS, n);
        }
        assertTrue(m.log().stream().anyMatch(l -> l.contains("WILAYA keeps its promise: premises")), m.log().toString());
    }

    @Test
    void aPromiseNotKeptIsADefectionWhenDue() {
        ClusterModel m = model(0, premises(false, false));
        Tiny.step(m, 5);
        Actor a = m.actorNamed("a");
        Actor w = m.actorNamed("WILAYA");
        assertEquals(0.8 * 0.75, Tiny.trust(a, w), EPS);
        assertEquals(0.9, ceiling(a, w), EPS);
    }

    @Test
    void turnoverBreaksAPendingPromiseAndTheSuccessorRenewsIt() {
        ClusterModel m = model(3, premises(true, true));
        Actor a = m.actorNamed("a");
        Actor w = m.actorNamed("WILAYA");
        Tiny.step(m, 3);
        // month 3: the promise due at 5 is broken by the new official, who makes it again, due at 7
        assertEquals(0.8 * 0.75, Tiny.trust(a, w), EPS);
        assertEquals(0.9, ceiling(a, w), EPS);
        Tiny.step(m, 3);
        // month 6: broken again before month 7
        assertEquals(0.8 * 0.75 * 0.75, Tiny.trust(a, w), EPS);
        assertEquals(0.81, ceiling(a, w), EPS);
        assertEquals(3, m.log().stream().filter(l -> l.contains("WILAYA promises premises")).count(), m.log().toString());
    }

    @Test
    void periodZeroMeansNoTurnover() {
        ClusterModel m = model(0);
        Tiny.step(m, 40);
        Actor w = m.actorNamed("WILAYA");
        assertEquals(0.8, Tiny.trust(w, m.actorNamed("a")), EPS);
        assertEquals(0.8, Tiny.trust(m.actorNamed("b"), w), EPS);
    }
}
