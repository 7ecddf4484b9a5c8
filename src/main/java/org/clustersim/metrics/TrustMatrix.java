package org.clustersim.metrics;

import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Ties;

/**
 * Mean directed trust by pair of actor kinds (from the kind that trusts to the kind trusted),
 * over ties between active actors. {@link #runMeans} measures one run; an instance accumulates
 * runs so that the result is the mean over runs of per-run means, comparable with the relation
 * tables of the paper.
 */
public final class TrustMatrix {
    /** Number of actor kinds: the matrices are K x K, indexed by {@link ActorKind#ordinal()}. */
    public static final int K = ActorKind.values().length;
    private final double[][] sumOfMeans = new double[K][K];
    private final int[][] runs = new int[K][K];

    /** One run's mean trust for each pair of kinds; NaN where the pair has no tie. */
    public static double[][] runMeans(ClusterModel m) {
        double[][] sum = new double[K][K];
        int[][] n = new int[K][K];
        for (Actor a : m.actors()) {
            if (!a.isActive()) {
                continue;
            }
            Ties t = a.ties();
            for (int k = 0; k < t.size(); k++) {
                Actor b = m.actor(t.partner(k));
                if (b.isActive()) {
                    sum[a.getKind().ordinal()][b.getKind().ordinal()] += t.trust(k);
                    n[a.getKind().ordinal()][b.getKind().ordinal()]++;
                }
            }
        }
        for (int i = 0; i < K; i++) {
            for (int j = 0; j < K; j++) {
                sum[i][j] = n[i][j] == 0 ? Double.NaN : sum[i][j] / n[i][j];
            }
        }
        return sum;
    }

    /** Adds one run's mean for one pair (NaN values are ignored). */
    public void add(ActorKind from, ActorKind to, double mean) {
        if (!Double.isNaN(mean)) {
            sumOfMeans[from.ordinal()][to.ordinal()] += mean;
            runs[from.ordinal()][to.ordinal()]++;
        }
    }

    /** Runs in which the pair had at least one tie. */
    public int runs(ActorKind from, ActorKind to) {
        return runs[from.ordinal()][to.ordinal()];
    }

    /** Mean over runs of the pair's mean trust; NaN when no run had such a tie. */
    public double mean(ActorKind from, ActorKind to) {
        int r = runs[from.ordinal()][to.ordinal()];
        return r == 0 ? Double.NaN : sumOfMeans[from.ordinal()][to.ordinal()] / r;
    }
}
