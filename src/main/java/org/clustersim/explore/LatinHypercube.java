package org.clustersim.explore;

import ec.util.MersenneTwisterFast;
import org.clustersim.sensitivity.MorrisDesign;

/**
 * A Latin hypercube sample of n points in the unit cube of k dimensions (McKay, Beckman and
 * Conover 1979): each dimension is cut into n equal strata, each stratum holds exactly one point,
 * at a uniform place within it, and the strata are matched across dimensions by independent
 * random permutations. Draws come from MASON's Mersenne Twister, dimension by dimension: the
 * permutation (Fisher-Yates), then the n offsets.
 */
public final class LatinHypercube {
    private LatinHypercube() {
    }

    /** {@code [point][dimension]}, every coordinate in [0, 1). */
    public static double[][] sample(int n, int k, MersenneTwisterFast random) {
        double[][] out = new double[n][k];
        for (int d = 0; d < k; d++) {
            int[] perm = MorrisDesign.permutation(n, random);
            for (int i = 0; i < n; i++) {
                out[i][d] = (perm[i] + random.nextDouble()) / n;
            }
        }
        return out;
    }
}
