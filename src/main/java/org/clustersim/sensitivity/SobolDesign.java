package org.clustersim.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The sample of a Sobol' analysis (Saltelli 2002; Saltelli et al. 2010, section 3): two matrices
 * A and B of N points in the unit hypercube of k factors, taken as the first and last k
 * coordinates of a 2k-dimensional Sobol' low-discrepancy sequence (Sobol' 1967, Joe and Kuo
 * direction numbers, as Commons Math generates them; the all-zero first point is skipped), and
 * for each factor i the matrix AB_i: A with its column i taken from B. The model runs N (k + 2)
 * times. Rows are laid out in blocks of k + 2 per sample j: A_j, B_j, AB_1j, ..., AB_kj, so that
 * a prefix of the runs holds whole samples.
 */
public final class SobolDesign {
    private final int factors;
    private final int samples;
    private final double[][] a;
    private final double[][] b;

    private SobolDesign(int factors, int samples, double[][] a, double[][] b) {
        this.factors = factors;
        this.samples = samples;
        this.a = a;
        this.b = b;
    }

    /** The design of {@code samples} base samples over {@code factors} factors. */
    public static SobolDesign generate(int factors, int samples) {
        if (factors < 1 || 2 * factors > 1000 || samples < 2) {
            throw new IllegalArgumentException("Sobol' needs 1 to 500 factors and at least 2 samples");
        }
        SobolSequenceGenerator g = new SobolSequenceGenerator(2 * factors);
        g.nextVector();
        double[][] a = new double[samples][factors];
        double[][] b = new double[samples][factors];
        for (int j = 0; j < samples; j++) {
            double[] v = g.nextVector();
            System.arraycopy(v, 0, a[j], 0, factors);
            System.arraycopy(v, factors, b[j], 0, factors);
        }
        return new SobolDesign(factors, samples, a, b);
    }

    public int factors() { return factors; }

    public int samples() { return samples; }

    /** Rows of the design: N (k + 2). */
    public int rows() { return samples * (factors + 2); }

    /** The unit point of row {@code r} (see the class comment for the layout). */
    public double[] point(int r) {
        int j = r / (factors + 2);
        int m = r % (factors + 2);
        if (m == 0) {
            return a[j].clone();
        }
        if (m == 1) {
            return b[j].clone();
        }
        double[] p = a[j].clone();
        p[m - 2] = b[j][m - 2];
        return p;
    }

    /**
     * Splits outputs by row into f(A), f(B) and f(AB_i).
     *
     * @return {@code [0]} f(A), {@code [1]} f(B), {@code [2 + i]} f(AB_i), each of length N
     */
    public double[][] split(double[] byRow) {
        double[][] out = new double[factors + 2][samples];
        for (int r = 0; r < rows(); r++) {
            out[r % (factors + 2)][r / (factors + 2)] = byRow[r];
        }
        return out;
    }
}
