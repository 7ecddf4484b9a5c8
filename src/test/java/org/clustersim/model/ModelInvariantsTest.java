package org.clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clustersim.metrics.Metric;
import org.clustersim.metrics.Metrics;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.Variant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the shipped scenarios for 10 seeds x 120 months and checks, after every month, what must
 * always hold: every trust and ceiling in [0, 1] with trust at most its ceiling; ties symmetric
 * (i knows j iff j knows i), never to oneself, never twice; no NaN or infinite metric and shares
 * in [0, 1]; active_firms equal to a count made here; the members list equal to the active actors
 * that are members; allies counts equal to the alliances under way; the stage SPONTANEOUS exactly
 * while no structure has formed.
 */
class ModelInvariantsTest {
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"dinanderie.yaml, baseline, 10", "mecanique.yaml, baseline, 10", "impose-vs-propose.yaml, impose, 4"})
    void invariantsHoldEveryMonth(String file, String variant, int seeds) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios", file));
        ModelConfig config = s.variants().stream().filter(v -> v.name().equals(variant)).map(Variant::config)
                .findFirst().orElseThrow();
        List<Metric> metrics = Metrics.standard();
        int activeFirmsColumn = Metrics.names().indexOf("active_firms");
        for (long seed = 1; seed <= seeds; seed++) {
            ClusterModel m = new ClusterModel(seed, config);
            m.start();
            for (int month = 1; month <= 120; month++) {
                m.schedule.step(m);
                String where = file + " seed " + seed + " month " + month;
                checkTies(m, where);
                checkMembers(m, where);
                checkAlliances(m, where);
                assertEquals(m.cluster().isFormed(), m.cluster().stage() != Stage.SPONTANEOUS, where);
                double[] row = Metrics.observe(m);
                for (int k = 0; k < row.length; k++) {
                    assertTrue(Double.isFinite(row[k]), where + ": " + metrics.get(k).name() + " = " + row[k]);
                    if (metrics.get(k).share()) {
                        assertTrue(row[k] >= 0 && row[k] <= 1 + 1e-12, where + ": " + metrics.get(k).name() + " = " + row[k]);
                    }
                }
                assertEquals(countActiveFirms(m), row[activeFirmsColumn], 0.0, where);
            }
        }
    }

    private static int countActiveFirms(ClusterModel m) {
        int n = 0;
        for (Actor a : m.actors()) {
            if (a.isActive() && a.getKind().isFirm()) {
                n++;
            }
        }
        return n;
    }

    private static void checkTies(ClusterModel m, String where) {
        for (Actor a : m.actors()) {
            Ties t = a.ties();
            Set<Integer> partners = new HashSet<>();
            for (int k = 0; k < t.size(); k++) {
                int j = t.partner(k);
                double tr = t.trust(k);
                double c = t.ceiling(k);
                if (!(tr >= 0 && tr <= 1 && c >= 0 && c <= 1 && tr <= c)) {
                    fail(where + ": " + a + " -> " + m.actor(j) + " trust " + tr + " ceiling " + c);
                }
                if (j == a.getId() || !partners.add(j)) {
                    fail(where + ": " + a + " has a self or duplicate tie to " + m.actor(j));
                }
                if (m.actor(j).ties().indexOf(a.getId()) < 0) {
                    fail(where + ": " + a + " knows " + m.actor(j) + " but not the other way");
                }
            }
        }
    }

    private static void checkMembers(ClusterModel m, String where) {
        Set<Actor> expected = new HashSet<>();
        for (Actor a : m.actors()) {
            if (a.isMember() && a.isActive()) {
                expected.add(a);
            }
            if (!a.isActive()) {
                assertFalse(a.isMember(), where + ": inactive member " + a);
            }
        }
        assertEquals(expected.size(), m.members().size(), where + ": duplicates or strays in members");
        assertEquals(expected, new HashSet<>(m.members()), where);
    }

    private static void checkAlliances(ClusterModel m, String where) {
        ClusterState c = m.cluster();
        int ongoing = 0;
        for (Alliance al : c.alliances()) {
            if (!al.isEnded()) {
                ongoing++;
            }
        }
        for (Actor a : m.actors()) {
            int count = 0;
            for (Alliance al : c.alliances()) {
                if (!al.isEnded() && (al.a() == a || al.b() == a)) {
                    count++;
                }
            }
            assertEquals(count, a.getAllies(), where + ": allies of " + a);
            assertTrue(a.getAllies() <= 2, where);
        }
        assertTrue(c.alliancesFormed() >= c.alliancesBroken() + c.alliancesCompleted() + ongoing,
                where + ": formed " + c.alliancesFormed() + " broken " + c.alliancesBroken()
                        + " completed " + c.alliancesCompleted() + " ongoing " + ongoing);
    }
}
