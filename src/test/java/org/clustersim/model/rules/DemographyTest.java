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
import org.clustersim.model.policy.Decree;
import org.clustersim.model.policy.PolicySpec;
import org.clustersim.model.policy.Window;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link Demography}: with apprentice_rate * training_effort * trade_attractiveness equal
 * to 2 exactly, exactly two apprentices enter each month, placed with a master and the training
 * centre; retirements take artisans out of the model and out of the members list.
 */
class DemographyTest {

    private static Tiny workshop() {
        return Tiny.builder()
                .group("artisan", ActorKind.ARTISAN, Site.BARDO, 5)
                .actor("CFPA", ActorKind.VOCATIONAL_TRAINING, Site.CITY_CENTRE)
                // 4 * 1 * 0.5 = 2 exactly (powers of two, no rounding)
                .param(Param.APPRENTICE_RATE, 4)
                .param(Param.TRAINING_EFFORT, 1)
                .param(Param.TRADE_ATTRACTIVENESS, 0.5)
                .param(Param.CAREER_MONTHS, 1200);
    }

    @Test
    void exactlyTwoApprenticesEnterEachMonth() {
        ClusterModel m = workshop().start(21);
        for (int month = 1; month <= 12; month++) {
            int before = m.actors().size();
            Demography.apply(m);
            // retired artisans stay in the list (inactive), so the list grows by the entrants only
            assertEquals(before + 2, m.actors().size(), "month " + month);
        }
        assertEquals(6 + 24, m.actors().size());
        assertTrue(m.actors().subList(6, 30).stream().filter(Actor::isActive).count() >= 20);
        Actor cfpa = m.actorNamed("CFPA");
        for (Actor a : m.actors().subList(6, m.actors().size())) {
            assertEquals(ActorKind.ARTISAN, a.getKind());
            // apprentices are artisans and share the 1/1200 retirement hazard, so one may have left
            assertTrue(a.isApprentice(), a.getName());
            assertTrue(a.getName().startsWith("apprentice-"));
            assertEquals(Site.BARDO, a.getSite(), "placed at its master's site");
            assertTrue(a.getKnowHow() >= 0.05 && a.getKnowHow() < 0.5);
            assertEquals(0.5, Tiny.trust(a, cfpa), 0.0);
            assertEquals(0.5, Tiny.trust(cfpa, a), 0.0);
            int masters = 0;
            for (int k = 0; k < a.ties().size(); k++) {
                if (m.actor(a.ties().partner(k)).getKind() == ActorKind.ARTISAN) {
                    masters++;
                }
            }
            assertTrue(masters >= 1, "an apprentice knows its master");
        }
    }

    @Test
    void apprenticeLearnsByDoing() {
        ClusterModel m = workshop().param(Param.APPRENTICE_RATE, 0).start(22);
        Actor a = m.actorNamed("artisan-01");
        a.setApprentice(true);
        a.setKnowHow(0.1);
        Demography.apply(m);
        if (a.isActive()) { // survives the 1/1200 hazard with this seed
            // 0.1 + 0.003 * (1 - 0.1) = 0.1027
            assertEquals(0.1027, a.getKnowHow(), 1e-12);
            assertTrue(a.isApprentice());
        }
    }

    @Test
    void noArtisanLeftMeansNoEntrant() {
        ClusterModel m = Tiny.builder().actor("CFPA", ActorKind.VOCATIONAL_TRAINING, Site.CITY_CENTRE)
                .param(Param.APPRENTICE_RATE, 4).start(23);
        Demography.apply(m);
        assertEquals(1, m.actors().size());
    }

    @Test
    void retirementRemovesArtisansFromTheMembers() {
        ClusterModel m = Tiny.builder()
                .group("artisan", ActorKind.ARTISAN, Site.BARDO, 20)
                .param(Param.APPRENTICE_RATE, 0)
                .param(Param.CAREER_MONTHS, 12)
                .start(24);
        for (Actor a : m.actors()) {
            m.setMembership(a, Membership.VOLUNTARY);
        }
        int retired = 0;
        for (int month = 0; month < 36; month++) {
            Demography.apply(m);
        }
        for (Actor a : m.actors()) {
            if (!a.isActive()) {
                retired++;
                assertFalse(a.isMember(), a.getName());
                assertFalse(m.members().contains(a), a.getName());
            } else {
                assertTrue(m.members().contains(a), a.getName());
            }
        }
        // hazard 1/12 for 36 months: a survivor share of (11/12)^36 = 0.044, so most retire
        assertTrue(retired >= 10, "retired " + retired);
        assertEquals(20 - retired, m.members().size());
    }

    @Test
    void apprenticeEnteringAnImposedClusterIsEnrolled() {
        PolicySpec impose = new PolicySpec(null, 1, null, null, List.of(), List.of(ActorKind.ARTISAN),
                List.of(new Decree(Window.from(1))));
        ClusterModel m = workshop().policy(impose).param(Param.ENCOUNTERS_PER_MONTH, 0).start(25);
        // decree at month 1; two apprentices enter at its end, and the decree in force enrols them at month 2
        Tiny.step(m, 2);
        assertTrue(m.cluster().isFormed());
        for (Actor a : m.actors().subList(6, 8)) {
            assertEquals(Membership.ENROLLED, a.getMembership(), a.getName());
            assertTrue(m.members().contains(a));
        }
    }
}
