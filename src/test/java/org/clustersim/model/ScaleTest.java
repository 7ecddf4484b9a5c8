package org.clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the population generator under {@code scale}: k districts, each a copy of the declared
 * cluster. With the density-1 relations of {@link TestConfigs#mechanical}, every SME is tied to
 * exactly one copy of the ministry and of the CCI, the one of its own district (as at scale 1);
 * the SME-SME relation (between groups) spans districts, each SME keeping about its scale-1
 * number of SME ties; {@link ClusterModel#local} finds an actor's district copy.
 */
class ScaleTest {
    private static ClusterModel model(int scale, int smes) {
        ModelConfig c = TestConfigs.mechanical("propose", smes);
        Parameters p = c.parameters();
        p.set(Param.SCALE, scale);
        ClusterModel m = new ClusterModel(5, c.withParameters(p));
        m.start();
        return m;
    }

    @Test
    void eachFirmKnowsTheInstitutionsOfItsOwnDistrictOnly() {
        ClusterModel m = model(4, 10);
        List<Actor> ministries = m.group("ministry");
        assertEquals(4, ministries.size());
        for (int d = 1; d <= 4; d++) {
            assertEquals(d, ministries.get(d - 1).getDistrict());
        }
        int smes = 0;
        for (Actor a : m.actors()) {
            if (a.getKind() != ActorKind.SME) {
                continue;
            }
            smes++;
            Actor own = ClusterModel.local(ministries, a);
            assertSame(ministries.get(a.getDistrict() - 1), own);
            for (Actor other : ministries) {
                assertEquals(other == own, a.ties().indexOf(other.getId()) >= 0, a + " and " + other);
            }
            assertTrue(a.ties().indexOf(ClusterModel.local(m.group("CCI"), a).getId()) >= 0, a + " knows its CCI");
        }
        assertEquals(40, smes);
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2), m.group("sme").subList(0, 11).stream()
                .map(Actor::getDistrict).toList(), "a group of 10 makes district blocks of 10");
    }

    @Test
    void relationsBetweenGroupsSpanDistrictsAndKeepTheirExpectedTies() {
        ClusterModel m = model(8, 25);
        int ties = 0;
        int across = 0;
        for (Actor a : m.group("sme")) {
            for (int k = 0; k < a.ties().size(); k++) {
                Actor b = m.actor(a.ties().partner(k));
                if (b.getKind() == ActorKind.SME) {
                    ties++;
                    across += b.getDistrict() != a.getDistrict() ? 1 : 0;
                }
            }
        }
        double perSme = (double) ties / 200;
        // scale 1: 24 other SMEs at density 0.2 = 4.8; scale 8: 199 others at 0.2 / 8 = 4.975
        assertEquals(4.975, perSme, 0.6);
        assertTrue(across > ties / 2, "most SME ties cross districts: " + across + " of " + ties);
    }
}
