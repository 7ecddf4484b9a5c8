package org.clustersim.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999) as scenario discovery uses it
 * (Bryant and Lempert 2010): starting from the box holding every point, <b>peeling</b> removes,
 * at each step, the slice of {@code peel} of the box's points at the low or high end of one
 * dimension that leaves the highest density of cases of interest, until fewer than
 * {@code minMass} of all points remain; every box of that trajectory is a point of the
 * coverage-density trade-off. The chosen box is the densest with coverage at least
 * {@code minCoverage}; <b>pasting</b> then widens it, one slice of {@code paste} of its points
 * at a time, while that raises its density, and restrictions whose quasi-p-value is at least
 * {@code maxP} are dropped, the least significant first, as Bryant and Lempert (2010, section 4.3)
 * advise. Ties go to the lower dimension, the low side, so the result depends on the data alone.
 */
public final class Prim {
    /** PRIM's tuning. */
    public record Settings(double peel, double paste, double minMass, double minCoverage, double maxP) {
        public static final Settings DEFAULT = new Settings(0.05, 0.05, 0.05, 0.5, 0.05);
    }

    /** A box: its limits per dimension (both included) and what it holds. */
    public record Box(double[] lo, double[] hi, double coverage, double density, double mass, int points, int cases) {
    }

    /** The peeling trajectory and the chosen, pasted box. */
    public record Result(List<Box> trajectory, int chosen, Box box, double[] quasiP, double[] min, double[] max) {
        /** Whether the box narrows dimension {@code d}. */
        public boolean restricts(int d) {
            return box.lo()[d] > min[d] || box.hi()[d] < max[d];
        }
    }

    private final double[][] x;
    private final boolean[] y;
    private final int dims;
    private final int totalCases;

    private Prim(double[][] x, boolean[] y) {
        this.x = x;
        this.y = y;
        this.dims = x[0].length;
        int c = 0;
        for (boolean b : y) {
            c += b ? 1 : 0;
        }
        this.totalCases = c;
    }

    /** PRIM on points {@code x[i]} with outcomes {@code y[i]} (true: a case of interest). */
    public static Result run(double[][] x, boolean[] y, Settings s) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("PRIM needs as many outcomes as points, and at least one");
        }
        Prim p = new Prim(x, y);
        double[] min = new double[p.dims];
        double[] max = new double[p.dims];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] row : x) {
            for (int d = 0; d < p.dims; d++) {
                min[d] = Math.min(min[d], row[d]);
                max[d] = Math.max(max[d], row[d]);
            }
        }
        List<Box> trajectory = p.peel(min.clone(), max.clone(), s);
        int chosen = 0;
        for (int i = 1; i < trajectory.size(); i++) {
            Box b = trajectory.get(i);
            if (b.coverage() >= s.minCoverage() && b.density() > trajectory.get(chosen).density()) {
                chosen = i;
            }
        }
        Box box = p.paste(trajectory.get(chosen), s);
        while (true) {
            double[] quasiP = p.quasiP(box, min, max);
            int worst = -1;
            for (int d = 0; d < p.dims; d++) {
                if (quasiP[d] >= s.maxP() && (worst < 0 || quasiP[d] > quasiP[worst])) {
                    worst = d;
                }
            }
            if (worst < 0) {
                return new Result(trajectory, chosen, box, quasiP, min, max);
            }
            box = p.box(with(box.lo(), worst, min[worst]), with(box.hi(), worst, max[worst]));
        }
    }

    /** The quasi-p-value of each restricted dimension, NaN for the others. */
    private double[] quasiP(Box box, double[] min, double[] max) {
        double[] out = new double[dims];
        for (int d = 0; d < dims; d++) {
            out[d] = box.lo()[d] > min[d] || box.hi()[d] < max[d] ? quasiP(box, d, min[d], max[d]) : Double.NaN;
        }
        return out;
    }

    private List<Box> peel(double[] lo, double[] hi, Settings s) {
        List<Box> out = new ArrayList<>();
        Box box = box(lo, hi);
        out.add(box);
        while (true) {
            Box best = null;
            for (int d = 0; d < dims; d++) {
                double[] v = valuesIn(box, d, -1);
                int r = Math.max(1, (int) Math.floor(s.peel() * v.length));
                if (v.length <= r) {
                    continue;
                }
                Box low = v[r] > v[0] ? box(with(box.lo(), d, v[r]), box.hi()) : null;
                Box high = v[v.length - 1 - r] < v[v.length - 1] ? box(box.lo(), with(box.hi(), d, v[v.length - 1 - r]))
                        : null;
                best = better(better(best, low), high);
            }
            if (best == null || best.mass() < s.minMass()) {
                return out;
            }
            box = best;
            out.add(box);
        }
    }

    private Box paste(Box start, Settings s) {
        Box box = start;
        while (true) {
            Box best = null;
            for (int d = 0; d < dims; d++) {
                double[] v = valuesIn(box, d, d);
                int r = Math.max(1, (int) Math.floor(s.paste() * box.points()));
                double lo = box.lo()[d];
                double hi = box.hi()[d];
                double[] below = Arrays.stream(v).filter(a -> a < lo).toArray();
                double[] above = Arrays.stream(v).filter(a -> a > hi).toArray();
                Box low = below.length == 0 ? null
                        : box(with(box.lo(), d, below[Math.max(0, below.length - r)]), box.hi());
                Box high = above.length == 0 ? null
                        : box(box.lo(), with(box.hi(), d, above[Math.min(above.length, r) - 1]));
                best = better(better(best, low), high);
            }
            if (best == null || best.density() <= box.density()) {
                return box;
            }
            box = best;
        }
    }

    /**
     * The quasi-p-value of the restriction on dimension d (Bryant and Lempert 2010, section 4.3):
     * the chance that as many points drawn at random from the box without that restriction hold
     * at least as many cases as the box does (the hypergeometric upper tail). A large value says
     * the restriction may be chance.
     */
    private double quasiP(Box box, int d, double min, double max) {
        Box loose = box(with(box.lo(), d, min), with(box.hi(), d, max));
        HypergeometricDistribution h = new HypergeometricDistribution((RandomGenerator) null, loose.points(),
                loose.cases(), box.points());
        return h.upperCumulativeProbability(box.cases());
    }

    private static Box better(Box a, Box b) {
        if (b == null) {
            return a;
        }
        if (a == null || b.density() > a.density() || b.density() == a.density() && b.mass() > a.mass()) {
            return b;
        }
        return a;
    }

    /** Sorted values along d of the points in the box, ignoring dimension {@code free} (-1: none). */
    private double[] valuesIn(Box box, int d, int free) {
        double[] v = new double[x.length];
        int n = 0;
        for (double[] row : x) {
            if (inside(row, box.lo(), box.hi(), free)) {
                v[n++] = row[d];
            }
        }
        double[] out = Arrays.copyOf(v, n);
        Arrays.sort(out);
        return out;
    }

    private Box box(double[] lo, double[] hi) {
        int points = 0;
        int cases = 0;
        for (int i = 0; i < x.length; i++) {
            if (inside(x[i], lo, hi, -1)) {
                points++;
                cases += y[i] ? 1 : 0;
            }
        }
        return new Box(lo, hi, totalCases == 0 ? 0 : cases / (double) totalCases,
                points == 0 ? 0 : cases / (double) points, points / (double) x.length, points, cases);
    }

    private boolean inside(double[] row, double[] lo, double[] hi, int free) {
        for (int d = 0; d < dims; d++) {
            if (d != free && (row[d] < lo[d] || row[d] > hi[d])) {
                return false;
            }
        }
        return true;
    }

    private static double[] with(double[] a, int d, double v) {
        double[] c = a.clone();
        c[d] = v;
        return c;
    }
}
