package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ec.util.MersenneTwisterFast;
import org.clustersim.model.Param;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.ScalarValues;
import org.clustersim.scenario.yaml.Suggestions;
import org.clustersim.scenario.yaml.YList;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YNode;

/**
 * Reads {@code sweep:} into design points. Parameters are model parameters, each given as a list
 * of values or a range {@code {min, max, steps}} (steps evenly spaced values, ends included).
 * {@code grid} takes every combination; {@code list} takes the combinations listed under
 * {@code points} (each may add a {@code description:}); {@code lhs} draws {@code samples} points by Latin hypercube between each
 * range's min and max, with a generator seeded by the master seed (MASON's Mersenne Twister),
 * so the design is part of what the seed reproduces.
 */
final class SweepBinder {
    static final Set<String> KEYS = Set.of("design", "parameters", "points", "samples");
    static final Set<String> RANGE_KEYS = Set.of("min", "max", "steps");
    /** Larger designs belong to a cluster (see docs), not to one results folder. */
    static final int MAX_POINTS = 10_000;
    private static final long LHS_SALT = 0x5EEDL;

    private SweepBinder() {
    }

    static List<DesignPoint> bind(YMap sweep, long seed, Problems problems) {
        Fields f = new Fields(sweep, problems, "sweep");
        f.checkKeys(KEYS);
        SweepDesign design = f.enumValue("design", SweepDesign.class, SweepDesign.GRID);
        YMap params = f.map("parameters");
        if (design == SweepDesign.LIST) {
            return listed(f.list("points"), sweep, problems);
        }
        if (params == null || params.entries().isEmpty()) {
            problems.add(sweep.position(), "a " + design.name().toLowerCase() + " sweep needs 'parameters'");
            return List.of(DesignPoint.NONE);
        }
        Map<String, double[]> axes = new LinkedHashMap<>();
        for (YMap.Entry e : params.entries()) {
            Param p = param(e.key(), e.keyPosition(), problems);
            if (p != null) {
                axes.put(e.key(), values(p, e.value(), problems));
            }
        }
        if (design == SweepDesign.LHS) {
            int samples = f.intValue("samples", 10, 1, MAX_POINTS);
            return lhs(axes, samples, seed, sweep);
        }
        // BigInteger: five axes of 8192 values make 2^65 points, which wraps a long to 0.
        java.math.BigInteger size = axes.values().stream().map(v -> java.math.BigInteger.valueOf(v.length))
                .reduce(java.math.BigInteger.ONE, java.math.BigInteger::multiply);
        if (size.compareTo(java.math.BigInteger.valueOf(MAX_POINTS)) > 0) {
            problems.add(sweep.position(), "the grid has " + size + " points; the limit is " + MAX_POINTS);
            return List.of(DesignPoint.NONE);
        }
        List<DesignPoint> points = new ArrayList<>();
        grid(new ArrayList<>(axes.entrySet()), 0, new LinkedHashMap<>(), points, sweep);
        return points;
    }

    private static void grid(List<Map.Entry<String, double[]>> axes, int i, Map<String, Double> current,
                             List<DesignPoint> out, YMap at) {
        if (i == axes.size()) {
            out.add(new DesignPoint(current, at.position()));
            return;
        }
        for (double v : axes.get(i).getValue()) {
            current.put(axes.get(i).getKey(), v);
            grid(axes, i + 1, current, out, at);
        }
        current.remove(axes.get(i).getKey());
    }

    private static List<DesignPoint> lhs(Map<String, double[]> axes, int n, long seed, YMap at) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed ^ LHS_SALT);
        List<Map<String, Double>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new LinkedHashMap<>());
        }
        for (Map.Entry<String, double[]> axis : axes.entrySet()) {
            double lo = axis.getValue()[0];
            double hi = axis.getValue()[axis.getValue().length - 1];
            int[] strata = new int[n];
            for (int i = 0; i < n; i++) {
                strata[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[j];
                strata[j] = t;
            }
            for (int i = 0; i < n; i++) {
                double v = lo + (hi - lo) * (strata[i] + random.nextDouble()) / n;
                rows.get(i).put(axis.getKey(), whole(Param.valueOf(axis.getKey().toUpperCase(java.util.Locale.ROOT)), v));
            }
        }
        return rows.stream().map(r -> new DesignPoint(r, at.position())).toList();
    }

    private static List<DesignPoint> listed(YList points, YMap sweep, Problems problems) {
        List<DesignPoint> out = new ArrayList<>();
        if (points == null || points.items().isEmpty()) {
            problems.add(sweep.position(), "a list sweep needs 'points': a list of {parameter: value} mappings");
            return List.of(DesignPoint.NONE);
        }
        for (YMap point : Nodes.maps(points, problems, "a design point")) {
            Map<String, Double> values = new LinkedHashMap<>();
            String description = new Fields(point, problems, "a design point").string("description", null);
            for (YMap.Entry e : point.without("description").entries()) {
                Param p = param(e.key(), e.keyPosition(), problems);
                if (p != null) {
                    values.put(e.key(), ScalarValues.toDouble(e.value(), e.key(), p.min(), p.max(), p.defaultValue(),
                            problems));
                }
            }
            out.add(new DesignPoint(values, point.position(), description == null ? null : description.trim()));
        }
        return out;
    }

    private static double[] values(Param p, YNode node, Problems problems) {
        if (node instanceof YList list) {
            double[] v = new double[list.items().size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = ScalarValues.toDouble(list.items().get(i), p.key() + "[" + i + "]", p.min(), p.max(),
                        p.defaultValue(), problems);
            }
            return v.length == 0 ? new double[] {p.defaultValue()} : v;
        }
        YMap range = Nodes.asMap(node, problems, "the values of '" + p.key() + "' (a list or {min, max, steps})");
        if (range == null) {
            return new double[] {p.defaultValue()};
        }
        Fields f = new Fields(range, problems, "the range of '" + p.key() + "'");
        f.checkKeys(RANGE_KEYS);
        double lo = f.doubleValue("min", p.min(), p.min(), p.max());
        double hi = f.doubleValue("max", p.max(), lo, p.max());
        int steps = f.intValue("steps", 2, 2, MAX_POINTS);
        double[] v = new double[steps];
        for (int i = 0; i < steps; i++) {
            v[i] = whole(p, lo + (hi - lo) * i / (steps - 1));
        }
        return v;
    }

    /** Rounds values of whole-number parameters (months, counts). */
    private static double whole(Param p, double v) {
        return p.isInteger() ? Math.rint(v) : v;
    }

    private static Param param(String key, org.clustersim.scenario.yaml.Position at, Problems problems) {
        for (Param p : Param.values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        problems.add(at, "unknown parameter '" + key + "' in sweep" + Suggestions.hint(key, ParametersBinder.keys()));
        return null;
    }
}
