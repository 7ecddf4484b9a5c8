package org.clustersim.calibration;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.clustersim.explore.LatinHypercube;

/**
 * Rejection ABC (Pritchard et al. 1999; Hartig et al. 2011): draw parameter sets from the prior,
 * run the model at each, keep those whose distance to the observations is within the tolerance.
 * The prior is uniform over a {@link ParameterBox}, sampled either by a Latin hypercube (McKay et
 * al. 1979) or by independent uniform draws, both from MASON's Mersenne Twister seeded by the
 * calibration's seed, so that every machine (and every shard) computes the same design.
 */
public final class Rejection {
    private Rejection() {
    }

    /** How the prior is sampled. */
    public enum Sampling {
        LHS, UNIFORM
    }

    /** One prior draw and its distance. */
    public record Sample(int index, double[] values, int failed, double distance) {
        public boolean accepted(double tolerance) {
            return distance <= tolerance;
        }
    }

    /** The {@code n} parameter sets of the prior sample, as values in the box. */
    public static double[][] design(ParameterBox box, int n, Sampling sampling, long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double[][] unit;
        if (sampling == Sampling.LHS) {
            unit = LatinHypercube.sample(n, box.dimensions(), random);
        } else {
            unit = new double[n][box.dimensions()];
            for (double[] row : unit) {
                for (int d = 0; d < row.length; d++) {
                    row[d] = random.nextDouble();
                }
            }
        }
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = box.at(unit[i]);
        }
        return out;
    }

    /** The samples within the tolerance, in index order. */
    public static List<Sample> accepted(List<Sample> samples, double tolerance) {
        List<Sample> out = new ArrayList<>();
        for (Sample s : samples) {
            if (s.accepted(tolerance)) {
                out.add(s);
            }
        }
        return out;
    }
}
