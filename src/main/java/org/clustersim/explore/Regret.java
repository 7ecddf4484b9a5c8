package org.clustersim.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clustersim.sensitivity.SobolIndices;

/**
 * Regret of policy mixes over states of the world (Savage 1951; Lempert, Popper and Bankes 2003,
 * ch. 5): in each state, a mix's regret is how far its outcome falls short of the best mix's in
 * that same state (outcomes in the file's metric at its month, {@code better: higher} or
 * {@code lower}). A mix is summarised by the median, 90th percentile and maximum of its regrets
 * and the share of states where it is best (regret 0, ties counting for each). The safest bet is
 * the mix with the lowest 90th-percentile regret, ties broken by the maximum: a robustness rule
 * that does not let the single worst state decide (Lempert and Collins 2007).
 *
 * @param mixes   the mixes' names
 * @param outcome {@code outcome[state][mix]}
 * @param regret  {@code regret[state][mix]}, never negative
 */
public record Regret(List<String> mixes, double[][] outcome, double[][] regret) {
    /** A mix's summary. */
    public record Summary(String mix, double median, double p90, double max, double shareBest, double meanOutcome) {
    }

    /** Regrets of the ensemble's mixes on the file's outcome. */
    public static Regret of(ExplorationFile f, Ensemble e) {
        List<String> mixes = e.outcomes().variants();
        double[][] outcome = new double[e.values().length][mixes.size()];
        for (int m = 0; m < mixes.size(); m++) {
            double[] y = e.metric(m, f.outcome().metric());
            for (int i = 0; i < y.length; i++) {
                outcome[i][m] = y[i];
            }
        }
        return of(mixes, outcome, f.higherIsBetter());
    }

    /** Regrets of {@code outcome[state][mix]}. */
    public static Regret of(List<String> mixes, double[][] outcome, boolean higherIsBetter) {
        double[][] regret = new double[outcome.length][mixes.size()];
        for (int i = 0; i < outcome.length; i++) {
            double best = higherIsBetter ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (double v : outcome[i]) {
                best = higherIsBetter ? Math.max(best, v) : Math.min(best, v);
            }
            for (int m = 0; m < mixes.size(); m++) {
                regret[i][m] = higherIsBetter ? best - outcome[i][m] : outcome[i][m] - best;
            }
        }
        return new Regret(List.copyOf(mixes), outcome, regret);
    }

    /** Each mix's summary, in the mixes' order. */
    public List<Summary> summaries() {
        List<Summary> out = new ArrayList<>();
        for (int m = 0; m < mixes.size(); m++) {
            double[] r = new double[regret.length];
            double best = 0;
            double mean = 0;
            for (int i = 0; i < regret.length; i++) {
                r[i] = regret[i][m];
                best += r[i] == 0 ? 1 : 0;
                mean += outcome[i][m] / regret.length;
            }
            double max = java.util.Arrays.stream(r).max().orElse(Double.NaN);
            out.add(new Summary(mixes.get(m), SobolIndices.percentile(r, 0.5), SobolIndices.percentile(r, 0.9), max,
                    best / regret.length, mean));
        }
        return out;
    }

    /** The safest bet: the lowest 90th-percentile regret, then the lowest maximum. */
    public Summary safest() {
        return summaries().stream().min(Comparator.comparingDouble(Summary::p90).thenComparingDouble(Summary::max))
                .orElseThrow();
    }
}
