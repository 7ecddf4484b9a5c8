package org.clustersim.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Main effects and two-factor interactions of a two-level factorial experiment, with 95% confidence
 * intervals (Montgomery, <i>Design and Analysis of Experiments</i>, 8th ed., 2013, sections 6.2 to
 * 6.5; Box, Hunter and Hunter, <i>Statistics for Experimenters</i>, 2nd ed., 2005, chapter 5).
 *
 * <p>The effect of a column c (a factor's levels, or for an interaction AB the elementwise product
 * of A and B) is mean(y : c = +1) - mean(y : c = -1) over all N observations, so runs may have
 * different numbers of replications.
 *
 * <p>Its standard error comes from one of two sources, recorded in each {@link Effect}:
 * <ul>
 *   <li><b>pooled</b>, when some run has two or more replications: s&sup2; is the pooled
 *       within-run variance, sum over runs of the squared deviations from the run mean divided by
 *       df = N - runs, and Var(effect) = s&sup2; (1/N+ + 1/N-), N+ and N- counting the observations at
 *       +1 and -1. It needs no assumption that any effect is zero.</li>
 *   <li><b>lenth</b>, when every run has a single replication and no degree of freedom is left for
 *       error: Lenth's pseudo standard error (Lenth 1989, "Quick and easy analysis of unreplicated
 *       factorials", <i>Technometrics</i> 31:469-473). From the m = runs - 1 contrasts of the
 *       saturated model (every alias set once), s0 = 1.5 median|c|, and PSE = 1.5 median of the
 *       |c| &lt; 2.5 s0; the reference is Student's t with m/3 degrees of freedom. It assumes that
 *       few effects are active (effect sparsity).</li>
 * </ul>
 * The interval is estimate &plusmn; t(0.975, df) se and p = 2 P(T_df &le; -|estimate / se|).
 * A standard error of zero leaves the interval and p NaN.
 */
public final class FactorialEffects {

    private FactorialEffects() {
    }

    /**
     * Estimates every main effect (in factor order) then every two-factor interaction (in factor
     * order of the first, then the second factor).
     *
     * @param design the design that was run
     * @param names  the factors' names, in design order; ':' joins them into interaction terms
     * @param y      {@code y[run][replication]}, runs in the design's standard order, at least one
     *               finite value per run
     * @throws IllegalArgumentException when the names or responses do not fit the design
     */
    public static List<Effect> estimate(FactorialDesign design, List<String> names, double[][] y) {
        Objects.requireNonNull(design, "design");
        checkNames(design, names);
        checkResponses(design, y);
        int runs = design.runs();
        int observations = 0;
        double squares = 0;
        for (double[] run : y) {
            double mean = Samples.mean(run);
            for (double v : run) {
                squares += (v - mean) * (v - mean);
            }
            observations += run.length;
        }
        int errorDf = observations - runs;
        double pooledVariance = errorDf > 0 ? squares / errorDf : Double.NaN;
        double lenthPse = errorDf > 0 ? Double.NaN : lenthPse(design, y);
        List<Effect> effects = new ArrayList<>();
        for (int i = 0; i < design.factors(); i++) {
            effects.add(effect(design, names, y, 1 << i, pooledVariance, errorDf, lenthPse));
        }
        for (int i = 0; i < design.factors(); i++) {
            for (int j = i + 1; j < design.factors(); j++) {
                effects.add(effect(design, names, y, 1 << i | 1 << j, pooledVariance, errorDf, lenthPse));
            }
        }
        return effects;
    }

    /**
     * The effects in reading order: main effects first, then interactions, each group by
     * decreasing |estimate| (ties keep their order).
     */
    public static List<Effect> ranked(List<Effect> effects) {
        return effects.stream()
                .sorted(Comparator.comparing(Effect::kind).thenComparingDouble(e -> -Math.abs(e.estimate())))
                .toList();
    }

    /**
     * Lenth's pseudo standard error from the contrasts of every non-empty product of base factors
     * (one per alias set); with a single observation per run, contrast = mean(+) - mean(-).
     */
    static double lenthPse(FactorialDesign design, double[][] y) {
        int runs = design.runs();
        double[] contrasts = new double[runs - 1];
        for (int column = 1; column < runs; column++) {
            double sum = 0;
            for (int r = 0; r < runs; r++) {
                sum += FactorialDesign.sign(r, column) * y[r][0];
            }
            contrasts[column - 1] = Math.abs(sum) / (runs / 2.0);
        }
        double s0 = 1.5 * median(contrasts);
        if (s0 == 0) {
            // Half the contrasts or more are exactly zero: no scale to estimate, and no interval.
            return 0;
        }
        // At least half the contrasts are at most median = s0 / 1.5 < 2.5 s0, so none is left empty.
        return 1.5 * median(Arrays.stream(contrasts).filter(c -> c < 2.5 * s0).toArray());
    }

    private static Effect effect(FactorialDesign design, List<String> names, double[][] y, int term,
                                 double pooledVariance, int errorDf, double lenthPse) {
        int column = design.baseColumn(term);
        double sumHigh = 0;
        double sumLow = 0;
        int nHigh = 0;
        int nLow = 0;
        for (int r = 0; r < y.length; r++) {
            double sum = Arrays.stream(y[r]).sum();
            if (FactorialDesign.sign(r, column) > 0) {
                sumHigh += sum;
                nHigh += y[r].length;
            } else {
                sumLow += sum;
                nLow += y[r].length;
            }
        }
        double estimate = sumHigh / nHigh - sumLow / nLow;
        boolean pooled = errorDf > 0;
        double se = pooled ? Math.sqrt(pooledVariance * (1.0 / nHigh + 1.0 / nLow)) : lenthPse;
        double df = pooled ? errorDf : (design.runs() - 1) / 3.0;
        double ciLow = Double.NaN;
        double ciHigh = Double.NaN;
        double p = Double.NaN;
        if (se > 0) {
            double half = Samples.tQuantile(1 - (1 - Summary.LEVEL) / 2, df) * se;
            ciLow = estimate - half;
            ciHigh = estimate + half;
            p = Samples.tTwoSidedP(estimate / se, df);
        }
        List<String> aliases = design.aliasMasks(term).stream().map(a -> termName(names, a)).toList();
        Effect.Kind kind = Integer.bitCount(term) == 1 ? Effect.Kind.MAIN : Effect.Kind.INTERACTION;
        Effect.Method method = pooled ? Effect.Method.POOLED : Effect.Method.LENTH;
        return new Effect(termName(names, term), kind, estimate, se, ciLow, ciHigh, p, df, method, aliases);
    }

    /** The names of the factors in {@code term} (a bit set), joined by ':' in factor order. */
    private static String termName(List<String> names, int term) {
        List<String> parts = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
            if ((term >> f & 1) == 1) {
                parts.add(names.get(f));
            }
        }
        return String.join(":", parts);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void checkNames(FactorialDesign design, List<String> names) {
        Objects.requireNonNull(names, "names");
        if (names.size() != design.factors()) {
            throw new IllegalArgumentException(names.size() + " factor names for a design of " + design.factors()
                    + " factors");
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank() || name.contains(":") || name.contains("=")) {
                throw new IllegalArgumentException("factor name '" + name + "' must be non-blank, without ':' or '='"
                        + " (they join interaction terms and aliases)");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("factor name '" + name + "' is given twice");
            }
        }
    }

    private static void checkResponses(FactorialDesign design, double[][] y) {
        Objects.requireNonNull(y, "y");
        if (y.length != design.runs()) {
            throw new IllegalArgumentException("responses for " + y.length + " runs, the design has " + design.runs());
        }
        for (int r = 0; r < y.length; r++) {
            if (y[r] == null || y[r].length == 0) {
                throw new IllegalArgumentException("run " + r + " has no response: every run needs at least one");
            }
            for (int i = 0; i < y[r].length; i++) {
                if (!Double.isFinite(y[r][i])) {
                    throw new IllegalArgumentException("response y[" + r + "][" + i + "] is " + y[r][i]
                            + ": a replication without a value must be left out of its run, not given as NaN");
                }
            }
        }
    }
}
