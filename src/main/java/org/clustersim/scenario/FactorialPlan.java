package org.clustersim.scenario;

import java.util.List;
import org.clustersim.stats.FactorialDesign;

/**
 * A two-level factorial experiment over policy instruments, as an experiment's
 * {@code factorial:} block declares it: each factor is an instrument, present (high, +1) or absent
 * (low, -1); each row of the design is a variant of the experiment, named after the instruments
 * it has, e.g. {@code mix[awareness+voice]} ({@code mix[none]} for the row without any).
 *
 * @param factors the instruments, in the order of the design's letters A, B, C, ...
 * @param design  the design (full, or a regular fraction of the resolution asked for), null for none
 */
public record FactorialPlan(List<String> factors, FactorialDesign design) {
    /** The prefix of a factorial row's variant name. */
    public static final String PREFIX = "mix[";

    /** No factorial. */
    public static final FactorialPlan NONE = new FactorialPlan(List.of(), null);

    public FactorialPlan {
        factors = List.copyOf(factors);
        if (design != null && design.factors() != factors.size()) {
            throw new IllegalArgumentException("a design of " + design.factors() + " factors for " + factors.size());
        }
    }

    /** The plan of these instruments and generators (a manifest's record of it; "" for the full design). */
    public static FactorialPlan of(List<String> factors, String generators) {
        return new FactorialPlan(factors, FactorialDesign.of(factors.size(), generators));
    }

    /** The variant name of each row of the design, in the design's order. */
    public List<String> variants() {
        List<String> names = new java.util.ArrayList<>();
        for (int r = 0; design != null && r < design.runs(); r++) {
            names.add(name(present(r)));
        }
        return names;
    }

    /** The instruments present in row {@code r}. */
    public List<String> present(int r) {
        List<String> present = new java.util.ArrayList<>();
        for (int k = 0; k < factors.size(); k++) {
            if (design.level(r, k) > 0) {
                present.add(factors.get(k));
            }
        }
        return present;
    }

    public boolean isEmpty() {
        return design == null;
    }

    /** Whether a variant is a row of a factorial design (so that reports can set such rows apart). */
    public static boolean isRow(String variant) {
        return variant.startsWith(PREFIX);
    }

    private static String name(List<String> present) {
        return PREFIX + (present.isEmpty() ? "none" : String.join("+", present)) + "]";
    }
}
