package org.clustersim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clustersim.experiment.Replication;
import org.clustersim.metrics.Metrics;

/**
 * Properties of the model on random valid configurations ({@link RandomConfigs}: random small
 * populations of kinds and sites, random relations, parameters anywhere in their ranges, any
 * policy mode), over 60 months: every trust and ceiling stays in [0, 1] with trust at most its
 * ceiling, no metric is NaN or infinite, {@code active_firms} is the number of active firms,
 * and the same seed gives the same rows, whether observed here month by month or by
 * {@link Replication#run}. The configurations and seeds come from fixed jqwik seeds.
 */
class ModelPropertiesTest {
    private static final int MONTHS = 60;
    private static final List<String> METRICS = Metrics.names();

    @Provide
    Arbitrary<ModelConfig> configs() {
        return Arbitraries.longs().map(s -> RandomConfigs.build(new Random(s), MONTHS));
    }

    @Property(tries = 60, seed = "424242")
    void stateStaysInBoundsAndMetricsAreFinite(@ForAll("configs") ModelConfig config, @ForAll long seed) {
        ClusterModel m = new ClusterModel(seed, config);
        m.start();
        check(m, 0);
        for (int month = 1; month <= MONTHS; month++) {
            m.schedule.step(m);
            check(m, month);
        }
        m.finish();
    }

    @Property(tries = 25, seed = "4711")
    void sameSeedGivesSameRows(@ForAll("configs") ModelConfig config, @ForAll long seed) {
        double[][] first = Replication.run(config, seed, MONTHS).values();
        double[][] second = Replication.run(config, seed, MONTHS).values();
        assertEquals(MONTHS + 1, first.length);
        for (int step = 0; step <= MONTHS; step++) {
            // Arrays.equals on double[] compares bit patterns, so NaN == NaN and 0.0 != -0.0.
            assertArrayEquals(first[step], second[step], "month " + step);
        }
        ClusterModel m = new ClusterModel(seed, config);
        m.start();
        assertArrayEquals(first[0], Metrics.observe(m), "observing the model must not change it");
        int every = config.parameters().getInt(Param.OBSERVE_EVERY);
        for (int step = 1; step <= MONTHS; step++) {
            m.schedule.step(m);
            // Months between observations hold the network metrics of the last observed month.
            double[] held = Metrics.observesNetwork(step, MONTHS, every) ? null : first[step - 1];
            assertArrayEquals(first[step], Metrics.observe(m, held), "month " + step);
        }
    }

    /** The invariants of one month. */
    private static void check(ClusterModel m, int month) {
        int activeFirms = 0;
        for (Actor a : m.actors()) {
            Ties t = a.ties();
            for (int k = 0; k < t.size(); k++) {
                double trust = t.trust(k);
                double ceiling = t.ceiling(k);
                assertTrue(trust >= 0 && trust <= 1, "month " + month + ": trust " + trust + " of " + a);
                assertTrue(ceiling >= 0 && ceiling <= 1, "month " + month + ": ceiling " + ceiling + " of " + a);
                assertTrue(trust <= ceiling, "month " + month + ": trust above its ceiling, " + a);
                assertTrue(t.partner(k) != a.getId(), "month " + month + ": " + a + " trusts itself");
            }
            for (double v : new double[] {a.getAppropriation(), a.getViability(), a.getKnowHow(), a.getExternal()}) {
                assertTrue(v >= 0 && v <= 1, "month " + month + ": a state value " + v + " of " + a);
            }
            if (a.isActive() && a.getKind().isFirm()) {
                activeFirms++;
            }
        }
        double[] row = Metrics.observe(m);
        for (int i = 0; i < row.length; i++) {
            assertFalse(Double.isNaN(row[i]) || Double.isInfinite(row[i]),
                    "month " + month + ": " + METRICS.get(i) + " = " + row[i]);
        }
        assertEquals(activeFirms, row[METRICS.indexOf("active_firms")], "month " + month + ": active_firms");
        assertTrue(activeFirms <= m.actors().size());
    }
}
