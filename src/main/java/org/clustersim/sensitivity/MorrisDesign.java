package org.clustersim.sensitivity;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;

/**
 * Morris' one-at-a-time trajectories (Morris 1991) in the unit hypercube: each trajectory
 * starts at a random point of a grid of {@code levels} levels and changes one factor at a time,
 * in random order, by {@code delta = levels / (2 (levels - 1))}, upward when that stays in
 * [0, 1] and downward otherwise; k factors give k + 1 points per trajectory.
 * Draws come from MASON's Mersenne Twister, seeded by the caller.
 */
public final class MorrisDesign {
    /**
     * One trajectory: its points, and for each step the factor it changed and by how much.
     *
     * @param points  (k + 1) points of k unit coordinates
     * @param changed the factor changed between point s and s + 1
     * @param step    the signed change of that factor
     */
    public record Trajectory(double[][] points, int[] changed, double[] step) {
    }

    private MorrisDesign() {
    }

    public static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    public static List<Trajectory> generate(int factors, int trajectories, int levels, MersenneTwisterFast random) {
        if (factors < 1 || trajectories < 1 || levels < 2) {
            throw new IllegalArgumentException("Morris needs at least 1 factor, 1 trajectory and 2 levels");
        }
        double delta = delta(levels);
        List<Trajectory> out = new ArrayList<>();
        for (int t = 0; t < trajectories; t++) {
            double[][] points = new double[factors + 1][];
            double[] x = new double[factors];
            for (int i = 0; i < factors; i++) {
                x[i] = random.nextInt(levels) / (double) (levels - 1);
            }
            points[0] = x.clone();
            int[] order = permutation(factors, random);
            double[] step = new double[factors];
            for (int s = 0; s < factors; s++) {
                int i = order[s];
                step[s] = x[i] + delta <= 1 + 1e-12 ? delta : -delta;
                x[i] += step[s];
                points[s + 1] = x.clone();
            }
            out.add(new Trajectory(points, order, step));
        }
        return out;
    }

    /** A random permutation of 0..n-1 (Fisher-Yates, as Durstenfeld 1964 writes it). */
    public static int[] permutation(int n, MersenneTwisterFast random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }
}
