package org.clustersim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class FactorialEffectsTest {

    private static final List<String> ABCD = List.of("A", "B", "C", "D");

    /**
     * Montgomery (8th ed.), Example 6.2, the filtration rate of a chemical in a pilot plant: an
     * unreplicated 2^4, responses in standard order (1), a, b, ab, ..., abcd.
     *
     * <p>Lenth's PSE by hand. The 15 |effects| sorted: 0.125 (AB), 0.375 (BD), 1.125 (CD), 1.375 (ABCD),
     * 1.625 (ACD), 1.875 (ABC), 2.375 (BC), 2.625 (BCD), 3.125 (B), 4.125 (ABD), 9.875 (C),
     * 14.625 (D), 16.625 (AD), 18.125 (AC), 21.625 (A). Median 2.625, s0 = 1.5 x 2.625 = 3.9375,
     * 2.5 s0 = 9.84375, which keeps the ten smallest (C, at 9.875, just misses); their median is
     * (1.625 + 1.875) / 2 = 1.75, so PSE = 1.5 x 1.75 = 2.625 (as in Montgomery, sec. 6.5) with
     * 15 / 3 = 5 degrees of freedom. t(0.975, 5) = 2.570582, margin 6.747777. The interval and
     * p-values below are from scipy 1.17.1: stats.t.ppf(0.975, 5), 2 * stats.t.sf(|e| / 2.625, 5).
     */
    @Test
    void montgomeryFiltrationRateWithLenthPse() {
        double[] rate = {45, 71, 48, 65, 68, 60, 80, 65, 43, 100, 45, 104, 75, 86, 70, 96};
        double[][] y = new double[16][];
        for (int r = 0; r < 16; r++) {
            y[r] = new double[] {rate[r]};
        }
        assertEquals(2.625, FactorialEffects.lenthPse(FactorialDesign.full(4), y), 1e-12);
        Map<String, Effect> e = byTerm(FactorialEffects.estimate(FactorialDesign.full(4), ABCD, y));
        assertEquals(10, e.size());
        Map<String, Double> expected = Map.of("A", 21.625, "B", 3.125, "C", 9.875, "D", 14.625,
                "A:B", 0.125, "A:C", -18.125, "A:D", 16.625, "B:C", 2.375, "B:D", -0.375, "C:D", -1.125);
        expected.forEach((term, value) -> assertEquals(value, e.get(term).estimate(), 1e-12, term));
        for (Effect effect : e.values()) {
            assertEquals(Effect.Method.LENTH, effect.method());
            assertEquals(2.625, effect.se(), 1e-12);
            assertEquals(5.0, effect.df(), 1e-12);
            assertEquals(List.of(), effect.aliases());
        }
        assertEquals(14.877222681454674, e.get("A").ciLow(), 1e-9);
        assertEquals(28.372777318545324, e.get("A").ciHigh(), 1e-9);
        assertEquals(0.00042947639369106107, e.get("A").p(), 1e-9);
        assertEquals(0.0009763340849139609, e.get("A:C").p(), 1e-9);
        assertEquals(-7.872777318545326, e.get("C:D").ciLow(), 1e-9);
        assertEquals(5.622777318545326, e.get("C:D").ciHigh(), 1e-9);
        assertEquals(0.6860706705850425, e.get("C:D").p(), 1e-9);
        assertEquals(Effect.Kind.INTERACTION, e.get("A:C").kind());
        assertEquals(Effect.Kind.MAIN, e.get("A").kind());
    }

    /**
     * A 2^2 with two replications by hand. Run means (1) 11, a 19, b 15, ab 29.
     * A = (19 + 29)/2 - (11 + 15)/2 = 11; B = (15 + 29)/2 - (11 + 19)/2 = 7; AB = (11 + 29)/2 - (19 + 15)/2 = 3.
     * Every run's two values are 1 from its mean: s^2 = 4 x 2 / (8 - 4) = 2 on 4 df;
     * Var = 2 (1/4 + 1/4) = 1, se = 1; t(0.975, 4) = 2.776445 (scipy 1.17.1 for the p-values).
     */
    @Test
    void replicatedTwoByTwoByHand() {
        double[][] y = {{10, 12}, {20, 18}, {14, 16}, {30, 28}};
        Map<String, Effect> e = byTerm(FactorialEffects.estimate(FactorialDesign.full(2), List.of("x", "z"), y));
        assertEquals(11, e.get("x").estimate(), 1e-12);
        assertEquals(7, e.get("z").estimate(), 1e-12);
        assertEquals(3, e.get("x:z").estimate(), 1e-12);
        for (Effect effect : e.values()) {
            assertEquals(Effect.Method.POOLED, effect.method());
            assertEquals(1.0, effect.se(), 1e-12);
            assertEquals(4.0, effect.df());
            assertEquals(effect.estimate() - 2.7764451051977934, effect.ciLow(), 1e-9);
            assertEquals(effect.estimate() + 2.7764451051977934, effect.ciHigh(), 1e-9);
        }
        assertEquals(0.00038817133849401416, e.get("x").p(), 1e-9);
        assertEquals(0.0021921298066929387, e.get("z").p(), 1e-9);
        assertEquals(0.03994196807171883, e.get("x:z").p(), 1e-9);
    }

    /**
     * A 2^3 with two replications, against R 4.2.2 lm(y ~ A * B * C) on the +-1 coded factors: with balanced
     * replication each effect is twice the coefficient, its se twice the coefficient's, its interval twice
     * confint's, its p the coefficient's; the saturated model's residual variance is the pooled within-run
     * variance, on 16 - 8 = 8 df. The responses were drawn in R (set.seed(20261207)).
     */
    @Test
    void replicatedTwoCubedMatchesRLm() {
        double[] y1 = {7.9, 11.61, 7.46, 10.34, 10.61, 13.23, 7.51, 13.06};
        double[] y2 = {7.51, 11.57, 6.36, 10.22, 10.72, 12.78, 6.28, 12.61};
        double[][] y = new double[8][];
        for (int r = 0; r < 8; r++) {
            y[r] = new double[] {y1[r], y2[r]};
        }
        Map<String, Effect> e = byTerm(FactorialEffects.estimate(FactorialDesign.full(3), List.of("A", "B", "C"), y));
        // term, effect, p, ci low, ci high (R), se 0.22735228721083947 for all
        Object[][] r = {
            {"A", 3.8837499999999991, 1.4012251137934362e-07, 3.3594746855436783, 4.4080253144563200},
            {"B", -1.5112499999999993, 0.00016127947477314242, -2.03552531445632034, -0.98697468554367829},
            {"C", 1.7287500000000007, 6.2823254752788612e-05, 1.2044746855436794, 2.2530253144563219},
            {"A:B", 0.77124999999999999, 0.0094675092589761832, 0.24697468554367896, 1.29552531445632102},
            {"A:C", 0.25625000000000064, 0.29236683714916423, -0.26802531445632038, 0.78052531445632167},
            {"B:C", -0.45875000000000032, 0.078326113617186485, -0.983025314456321353, 0.065525314456320705}};
        for (Object[] row : r) {
            Effect effect = e.get((String) row[0]);
            assertEquals(Effect.Method.POOLED, effect.method());
            assertEquals(8.0, effect.df());
            assertEquals(0.22735228721083947, effect.se(), 1e-12, (String) row[0]);
            assertEquals((double) row[1], effect.estimate(), 1e-12, (String) row[0]);
            assertEquals((double) row[2], effect.p(), 1e-9 * (double) row[2], (String) row[0]);
            assertEquals((double) row[3], effect.ciLow(), 1e-9, (String) row[0]);
            assertEquals((double) row[4], effect.ciHigh(), 1e-9, (String) row[0]);
        }
    }

    /**
     * Unequal replication: ab has three values. A: high = (20 + 18 + 30 + 28 + 29) / 5 = 25, low
     * = (10 + 12 + 14 + 16) / 4 = 13, effect 12. Squares within runs 2 + 2 + 2 + 2 = 8 on 9 - 4 = 5
     * df, s^2 = 1.6; se = sqrt(1.6 (1/5 + 1/4)) = sqrt(0.72).
     */
    @Test
    void unequalReplicationWeighsObservations() {
        double[][] y = {{10, 12}, {20, 18}, {14, 16}, {30, 28, 29}};
        Effect a = FactorialEffects.estimate(FactorialDesign.full(2), List.of("x", "z"), y).get(0);
        assertEquals(12, a.estimate(), 1e-12);
        assertEquals(Math.sqrt(0.72), a.se(), 1e-12);
        assertEquals(5.0, a.df());
    }

    /** In the 2^(6-2) with E=ABC, F=BCD, AB and CE share one column: same estimate, each the other's alias. */
    @Test
    void aliasedInteractionsShareTheirEstimate() {
        FactorialDesign d = FactorialDesign.fractional(6, 4);
        double[][] y = new double[d.runs()][];
        for (int r = 0; r < d.runs(); r++) {
            // 3 + 2A - E + 1.5 AB, with a replication on either side of the run's value.
            double v = 3 + 2 * d.level(r, 0) - d.level(r, 4) + 1.5 * d.level(r, 0) * d.level(r, 1);
            y[r] = new double[] {v - 0.1, v + 0.1};
        }
        List<String> names = List.of("a", "b", "c", "d", "e", "f");
        Map<String, Effect> e = byTerm(FactorialEffects.estimate(d, names, y));
        assertEquals(4, e.get("a").estimate(), 1e-12);
        assertEquals(-2, e.get("e").estimate(), 1e-12);
        assertEquals(3, e.get("a:b").estimate(), 1e-12);
        assertEquals(3, e.get("c:e").estimate(), 1e-12);
        assertEquals(List.of("c:e"), e.get("a:b").aliases());
        assertEquals(List.of("a:b"), e.get("c:e").aliases());
        assertEquals(List.of(), e.get("c").aliases());
        assertEquals(0, e.get("c").estimate(), 1e-12);
        assertTrue(e.get("c").p() > 0.99);
    }

    /** Unreplicated, the 2^(6-2) has 15 contrasts (one per alias set), so Lenth's t has 15 / 3 = 5 df. */
    @Test
    void unreplicatedFractionUsesLenthOverItsAliasSets() {
        FactorialDesign d = FactorialDesign.fractional(6, 4);
        double[][] y = new double[d.runs()][];
        for (int r = 0; r < d.runs(); r++) {
            y[r] = new double[] {10 + 3 * d.level(r, 2) + (r % 4) * 0.5};
        }
        List<Effect> effects = FactorialEffects.estimate(d, List.of("a", "b", "c", "d", "e", "f"), y);
        assertEquals(6 + 15, effects.size());
        for (Effect e : effects) {
            assertEquals(Effect.Method.LENTH, e.method());
            assertEquals(5.0, e.df(), 1e-12);
        }
        Map<String, Effect> e = byTerm(effects);
        assertEquals(6, e.get("c").estimate(), 1e-12);
        assertEquals(e.get("a:b").estimate(), e.get("c:e").estimate(), 1e-12);
    }

    @Test
    void rankedPutsMainEffectsFirstThenLargestInteractions() {
        double[] rate = {45, 71, 48, 65, 68, 60, 80, 65, 43, 100, 45, 104, 75, 86, 70, 96};
        double[][] y = new double[16][];
        for (int r = 0; r < 16; r++) {
            y[r] = new double[] {rate[r]};
        }
        List<String> order = FactorialEffects.ranked(FactorialEffects.estimate(FactorialDesign.full(4), ABCD, y))
                .stream().map(Effect::term).toList();
        assertEquals(List.of("A", "D", "C", "B", "A:C", "A:D", "B:C", "C:D", "B:D", "A:B"), order);
    }

    @Test
    void constantResponsesLeaveNoInterval() {
        double[][] y = {{1, 1}, {2, 2}, {1, 1}, {2, 2}};
        Effect a = FactorialEffects.estimate(FactorialDesign.full(2), List.of("x", "z"), y).get(0);
        assertEquals(1, a.estimate(), 1e-12);
        assertEquals(0, a.se());
        assertTrue(Double.isNaN(a.ciLow()) && Double.isNaN(a.ciHigh()) && Double.isNaN(a.p()));
    }

    @Test
    void badArgumentsAreRejected() {
        FactorialDesign d = FactorialDesign.full(2);
        double[][] ok = {{1}, {2}, {3}, {4}};
        assertThrows(IllegalArgumentException.class, () -> FactorialEffects.estimate(d, List.of("x"), ok));
        assertThrows(IllegalArgumentException.class, () -> FactorialEffects.estimate(d, List.of("x", "x"), ok));
        assertThrows(IllegalArgumentException.class, () -> FactorialEffects.estimate(d, List.of("x", "a:b"), ok));
        assertThrows(IllegalArgumentException.class, () -> FactorialEffects.estimate(d, List.of("x", "a=b"), ok));
        assertThrows(IllegalArgumentException.class, () -> FactorialEffects.estimate(d, List.of("x", " "), ok));
        List<String> names = List.of("x", "z");
        assertThrows(IllegalArgumentException.class,
                () -> FactorialEffects.estimate(d, names, new double[][] {{1}, {2}, {3}}));
        assertThrows(IllegalArgumentException.class,
                () -> FactorialEffects.estimate(d, names, new double[][] {{1}, {2}, {3}, {}}));
        assertThrows(IllegalArgumentException.class,
                () -> FactorialEffects.estimate(d, names, new double[][] {{1}, {2}, {3}, null}));
        assertThrows(IllegalArgumentException.class,
                () -> FactorialEffects.estimate(d, names, new double[][] {{1}, {2, Double.NaN}, {3}, {4}}));
        assertThrows(IllegalArgumentException.class,
                () -> FactorialEffects.estimate(d, names, new double[][] {{1}, {2}, {Double.POSITIVE_INFINITY}, {4}}));
        assertThrows(NullPointerException.class, () -> FactorialEffects.estimate(null, names, ok));
        assertThrows(NullPointerException.class, () -> FactorialEffects.estimate(d, names, null));
    }

    private static Map<String, Effect> byTerm(List<Effect> effects) {
        return effects.stream().collect(Collectors.toMap(Effect::term, Function.identity()));
    }
}
