package org.clustersim.scenario;

import java.util.List;
import org.clustersim.stats.FactorialDesign;

/**
 * A two-level factorial experiment over policy instruments, as an experiment's
 * {@code factorial:} block declares it: each factor is an instrument, present (high, +1) or absent
 * (low, -1); each row of the design is a variant of the experiment, named after the instruments
 * it has, e.g. {@code mix[awareness+voice]} ({@code mix[none]} for the row without any).
 *
 * @param factors  the instruments, in the order of the design's letters A, B, C, ...
 * @param design   the design (full, or a regular fraction of the resolution asked for)
 * @param variants the variant name of each row of the design, in the design's order
 */
public record FactorialPlan(List<String> factors, FactorialDesign design, List<String> variants) {
    /** The prefix of a factorial row's variant name. */
    public static final String PREFIX = "mix[";

    public FactorialPlan {
        factors = List.copyOf(factors);
        variants = List.copyOf(variants);
        if (design != null && (design.factors() != factors.size() || design.runs() != variants.size())) {
            throw new IllegalArgumentException("a design of " + design.factors() + " factors and " + design.runs()
                    + " runs for " + factors.size() + " factors and " + variants.size() + " variants");
        }
    }

    /** No factorial. */
    public static final FactorialPlan NONE = new FactorialPlan(List.of(), null, List.of());

    public boolean isEmpty() {
        return design == null;
    }

    /** Whether a variant is a row of a factorial design (so that reports can set such rows apart). */
    public static boolean isRow(String variant) {
        return variant.startsWith(PREFIX);
    }

    /** The variant name of a row with these instruments present. */
    static String name(List<String> present) {
        return PREFIX + (present.isEmpty() ? "none" : String.join("+", present)) + "]";
    }
}
