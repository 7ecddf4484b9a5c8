package org.clustersim.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/** Each dimension of a Latin hypercube has exactly one point in each of its n strata. */
class LatinHypercubeTest {
    @Test
    void everyStratumOfEveryDimensionHoldsOnePoint() {
        int n = 50;
        double[][] x = LatinHypercube.sample(n, 4, new MersenneTwisterFast(3));
        for (int d = 0; d < 4; d++) {
            int[] count = new int[n];
            for (double[] row : x) {
                count[(int) Math.floor(row[d] * n)]++;
            }
            for (int c : count) {
                assertEquals(1, c, "dimension " + d);
            }
        }
    }

    @Test
    void sameSeedSamePoints() {
        assertArrayEquals(LatinHypercube.sample(20, 3, new MersenneTwisterFast(9))[7],
                LatinHypercube.sample(20, 3, new MersenneTwisterFast(9))[7]);
    }
}
