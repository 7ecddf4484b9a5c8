package org.clustersim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.Ties;
import org.clustersim.model.Tiny;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link TrustUpdate#observe} on known answers: slow gain toward the ceiling after
 * cooperation, quick loss and a lasting scar after a defection, the betrayal multiplier, and
 * that trust stays within [0, ceiling] and [0, 1] for every combination of extreme parameters.
 */
class TrustUpdateTest {
    private static final double EPS = 1e-12;

    /** Reference values (gain 0.06, loss 0.25, scar 0.1) with some changed. */
    private static Parameters withReference(Map<Param, Double> changes) {
        Parameters p = Tiny.referenceParameters();
        changes.forEach(p::set);
        return p;
    }

    private static Ties oneTie(double trust) {
        Ties t = new Ties();
        Ties.link(t, 0, new Ties(), 7, trust, trust);
        return t;
    }

    @Test
    void cooperationClosesTrustGainOfTheGapToTheCeiling() {
        Ties t = oneTie(0.5);
        TrustUpdate.observe(Tiny.referenceParameters(), t, 0, true, 1);
        // 0.5 + 0.06 * (1.0 - 0.5) = 0.53; the ceiling stays 1
        assertEquals(0.53, t.trust(0), EPS);
        assertEquals(1.0, t.ceiling(0), EPS);
    }

    @Test
    void defectionCutsTrustByTrustLossAndScarsTheCeiling() {
        Ties t = oneTie(0.5);
        TrustUpdate.observe(Tiny.referenceParameters(), t, 0, false, 1);
        // trust: 0.5 - 0.25 * 0.5 = 0.375; ceiling: 1 - 0.1 * 1 = 0.9
        assertEquals(0.375, t.trust(0), EPS);
        assertEquals(0.9, t.ceiling(0), EPS);
    }

    @Test
    void betrayalMultiplierDoublesTheLoss() {
        Ties t = oneTie(0.5);
        TrustUpdate.observe(Tiny.referenceParameters(), t, 0, false, 2);
        // loss = min(1, 0.25 * 2) = 0.5: 0.5 - 0.5 * 0.5 = 0.25; the scar is not multiplied: 0.9
        assertEquals(0.25, t.trust(0), EPS);
        assertEquals(0.9, t.ceiling(0), EPS);
    }

    @Test
    void afterAScarTrustApproachesButNeverExceedsTheLowerCeiling() {
        Ties t = oneTie(0.5);
        Parameters p = Tiny.referenceParameters();
        TrustUpdate.observe(p, t, 0, false, 1); // 0.375, ceiling 0.9
        TrustUpdate.observe(p, t, 0, true, 1);
        // 0.375 + 0.06 * (0.9 - 0.375) = 0.4065: the gap is to the scarred ceiling, not to 1
        assertEquals(0.4065, t.trust(0), EPS);
        for (int k = 0; k < 2000; k++) {
            TrustUpdate.observe(p, t, 0, true, 1);
            assertTrue(t.trust(0) <= 0.9 + EPS, "trust " + t.trust(0) + " above ceiling 0.9");
        }
        assertEquals(0.9, t.trust(0), 1e-9);
    }

    @Test
    void fullGainReachesTheCeilingExactly() {
        Ties t = oneTie(0.2);
        Parameters p = withReference(Map.of(Param.TRUST_GAIN, 1.0, Param.SCAR, 0.5));
        TrustUpdate.observe(p, t, 0, false, 1); // 0.2 * 0.75 = 0.15, ceiling 0.5
        TrustUpdate.observe(p, t, 0, true, 1);  // 0.15 + 1 * (0.5 - 0.15) = 0.5
        assertEquals(0.5, t.trust(0), EPS);
        assertEquals(0.5, t.ceiling(0), EPS);
    }

    @Test
    void totalLossAndTotalScarLeaveZeroForGood() {
        Ties t = oneTie(0.8);
        Parameters p = withReference(Map.of(Param.TRUST_LOSS, 1.0, Param.SCAR, 1.0, Param.TRUST_GAIN, 1.0));
        TrustUpdate.observe(p, t, 0, false, 10); // loss min(1, 10) = 1: 0; ceiling 0
        assertEquals(0.0, t.trust(0));
        assertEquals(0.0, t.ceiling(0));
        TrustUpdate.observe(p, t, 0, true, 1);
        assertEquals(0.0, t.trust(0), "no trust can be regained once the ceiling is 0");
    }

    /** Every 8-outcome sequence under every mix of extreme parameter values. */
    @Test
    void trustAndCeilingStayInTheUnitIntervalForExtremeParameters() {
        double[] extremes = {0, 0.5, 1};
        double[] multipliers = {1, 10};
        double[] starts = {0, 0.3, 1};
        for (double gain : extremes) {
            for (double loss : extremes) {
                for (double scar : extremes) {
                    Parameters p = withReference(Map.of(Param.TRUST_GAIN, gain, Param.TRUST_LOSS, loss, Param.SCAR, scar));
                    for (double mult : multipliers) {
                        for (double start : starts) {
                            for (int pattern = 0; pattern < 256; pattern++) {
                                Ties t = oneTie(start);
                                for (int bit = 0; bit < 8; bit++) {
                                    double before = t.ceiling(0);
                                    TrustUpdate.observe(p, t, 0, (pattern >> bit & 1) == 1, mult);
                                    double tr = t.trust(0);
                                    double c = t.ceiling(0);
                                    assertTrue(tr >= 0 && tr <= 1 && c >= 0 && c <= 1 && tr <= c + EPS,
                                            "trust " + tr + " ceiling " + c + " gain " + gain + " loss " + loss);
                                    assertTrue(c <= before, "the ceiling never rises");
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void tiesClampInitialTrustIntoTheUnitInterval() {
        Ties t = new Ties();
        Ties.link(t, 0, new Ties(), 1, 1.7, 0.5);
        Ties.link(t, 0, new Ties(), 2, -0.3, 0.5);
        assertEquals(1.0, t.trust(0));
        assertEquals(0.0, t.trust(1));
        assertEquals(-1.0, t.trustIn(3), "an unknown partner has trust -1");
    }
}
