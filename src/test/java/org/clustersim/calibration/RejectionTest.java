package org.clustersim.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clustersim.model.Param;
import org.junit.jupiter.api.Test;

/** The prior design of a calibration, and rejection ABC on toy models whose answer is known. */
class RejectionTest {
    private static final ParameterBox BOX = new ParameterBox(List.of(Param.TRUST_GAIN, Param.STRANGER_TRUST,
            Param.CROWDING_OUT), new double[] {0.03, 0.2, 0.01}, new double[] {0.09, 0.4, 0.05});

    @Test
    void latinHypercubeHasOnePointPerStratumOfEachRangeAndStaysInside() {
        int n = 40;
        double[][] x = Rejection.design(BOX, n, Rejection.Sampling.LHS, 7);
        for (int d = 0; d < BOX.dimensions(); d++) {
            int[] count = new int[n];
            for (double[] row : x) {
                assertTrue(row[d] >= BOX.min()[d] && row[d] <= BOX.max()[d], Arrays.toString(row));
                int stratum = (int) Math.floor((row[d] - BOX.min()[d]) / (BOX.max()[d] - BOX.min()[d]) * n);
                count[Math.min(n - 1, stratum)]++;
            }
            for (int c : count) {
                assertEquals(1, c, "dimension " + d);
            }
        }
    }

    @Test
    void theDesignDependsOnTheSeedOnly() {
        for (Rejection.Sampling s : Rejection.Sampling.values()) {
            double[][] a = Rejection.design(BOX, 25, s, 11);
            double[][] b = Rejection.design(BOX, 25, s, 11);
            double[][] c = Rejection.design(BOX, 25, s, 12);
            for (int i = 0; i < a.length; i++) {
                assertArrayEquals(a[i], b[i]);
            }
            assertFalse(Arrays.equals(a[0], c[0]), "another seed, another design");
        }
    }

    @Test
    void uniformDrawsStayInTheBox() {
        for (double[] row : Rejection.design(BOX, 200, Rejection.Sampling.UNIFORM, 3)) {
            for (int d = 0; d < row.length; d++) {
                assertTrue(row[d] >= BOX.min()[d] && row[d] <= BOX.max()[d], Arrays.toString(row));
            }
        }
    }

    /**
     * A deterministic toy model reproduces the observation only when trust_gain lies in
     * [0.045, 0.06]: with 100 Latin hypercube draws over [0.03, 0.09] (strata of width 0.0006),
     * the accepted draws are exactly the 25 strata inside that interval, whatever the other
     * parameters are.
     */
    @Test
    void rejectionKeepsExactlyTheDrawsInTheKnownRegion() throws Exception {
        int n = 100;
        double[][] design = Rejection.design(BOX, n, Rejection.Sampling.LHS, 2024);
        Calibration.Model toy = (i, v) -> {
            boolean inside = v[0] >= 0.045 && v[0] <= 0.06;
            return new Rejection.Sample(i, v, inside ? 0 : 1, inside ? 0 : 1 + Math.abs(v[0] - 0.0525));
        };
        List<Rejection.Sample> seen = new ArrayList<>();
        List<Rejection.Sample> all = Calibration.run(design, 0, n, List.of(), toy, seen::add);
        assertEquals(n, all.size());
        assertEquals(all, seen, "every draw goes to the sink as it finishes");
        List<Rejection.Sample> accepted = Rejection.accepted(all, 0.5);
        assertEquals(25, accepted.size());
        for (Rejection.Sample s : accepted) {
            assertTrue(s.values()[0] >= 0.045 && s.values()[0] <= 0.06, Arrays.toString(s.values()));
        }
        List<Posterior.Row> post = Posterior.of(BOX, accepted);
        assertTrue(post.get(0).min() >= 0.045 && post.get(0).max() <= 0.06);
        assertTrue(post.get(1).max() - post.get(1).min() > 0.1, "a parameter the model ignores stays spread out");
    }

    @Test
    void drawsAlreadyDoneAreNotRunAgain() throws Exception {
        double[][] design = Rejection.design(BOX, 6, Rejection.Sampling.LHS, 1);
        List<Rejection.Sample> done = List.of(new Rejection.Sample(1, design[1], 0, 0),
                new Rejection.Sample(4, design[4], 2, 2.5));
        List<Integer> ran = new ArrayList<>();
        List<Rejection.Sample> all = Calibration.run(design, 0, 6, done, (i, v) -> {
            ran.add(i);
            return new Rejection.Sample(i, v, 1, 1);
        }, s -> { });
        assertEquals(List.of(0, 2, 3, 5), ran);
        assertEquals(List.of(0, 1, 2, 3, 4, 5), all.stream().map(Rejection.Sample::index).toList());
        assertEquals(2.5, all.get(4).distance());
    }

    @Test
    void posteriorQuantilesAreTheType7Ones() {
        double[] x = {1, 2, 3, 4, 5};
        assertEquals(1, Posterior.quantile(x, 0));
        assertEquals(3, Posterior.quantile(x, 0.5));
        assertEquals(1.2, Posterior.quantile(x, 0.05), 1e-12);
        assertEquals(4.8, Posterior.quantile(x, 0.95), 1e-12);
        assertTrue(Double.isNaN(Posterior.quantile(new double[0], 0.5)));
    }

    @Test
    void aBoxAroundTheDefaultsIsClippedToTheParameterRangeAndIntegersAreRounded() {
        ParameterBox b = ParameterBox.aroundDefaults(List.of(Param.TRUST_GAIN, Param.ENCOUNTERS_PER_MONTH), 0.2);
        assertEquals(0.048, b.min()[0], 1e-12);
        assertEquals(0.072, b.max()[0], 1e-12);
        assertEquals(2, b.at(new double[] {0.5, 0.99})[1], "2 +- 20% holds the single whole value 2");
        assertEquals(List.of("parameters.trust_gain=0.06", "parameters.encounters_per_month=2"),
                b.overrides(b.at(new double[] {0.5, 0.5})));
    }
}
