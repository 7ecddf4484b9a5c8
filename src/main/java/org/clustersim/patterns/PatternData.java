package org.clustersim.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clustersim.metrics.Metrics;

/**
 * The runs of one pattern experiment, kept in memory (a pattern has a few variants of a few
 * dozen runs): for each variant, each run's metric rows and its final trust by pair of kinds.
 */
public final class PatternData {
    private final Map<String, List<double[][]>> series = new LinkedHashMap<>();
    private final Map<String, List<double[][]>> trust = new LinkedHashMap<>();
    private final List<String> metrics = Metrics.names();

    void add(String variant, double[][] values, double[][] trustMeans) {
        series.computeIfAbsent(variant, v -> new ArrayList<>()).add(values);
        trust.computeIfAbsent(variant, v -> new ArrayList<>()).add(trustMeans);
    }

    /** The value of {@code metric} at {@code step} in each run of {@code variant}; step -1 is the last. */
    public double[] at(String variant, String metric, int step) {
        int m = column(metric);
        return runs(variant).stream().mapToDouble(v -> v[step < 0 ? v.length - 1 : step][m]).toArray();
    }

    /**
     * Each run's volatility of {@code metric} from {@code fromStep} to the end: the mean absolute
     * change from one month to the next relative to the mean level, so that jumps count and a
     * level that is merely lower does not look calmer.
     */
    public double[] volatility(String variant, String metric, int fromStep) {
        int m = column(metric);
        return runs(variant).stream().mapToDouble(v -> {
            double change = 0;
            double level = 0;
            for (int step = fromStep; step < v.length; step++) {
                level += v[step][m];
                change += step > fromStep ? Math.abs(v[step][m] - v[step - 1][m]) : 0;
            }
            int months = v.length - fromStep;
            return level == 0 ? 0 : (change / Math.max(1, months - 1)) / (level / months);
        }).toArray();
    }

    /** Each run's final trust matrix (kinds by ordinal, NaN where no tie). */
    public List<double[][]> trust(String variant) {
        return trust.get(variant);
    }

    public List<double[][]> runs(String variant) {
        List<double[][]> r = series.get(variant);
        if (r == null) {
            throw new IllegalArgumentException("no variant " + variant + " in the pattern's experiment");
        }
        return r;
    }

    public List<String> variants() { return List.copyOf(series.keySet()); }

    private int column(String metric) {
        int m = metrics.indexOf(metric);
        if (m < 0) {
            throw new IllegalArgumentException("no metric " + metric);
        }
        return m;
    }
}
