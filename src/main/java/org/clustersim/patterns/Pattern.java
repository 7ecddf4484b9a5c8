package org.clustersim.patterns;

import java.util.List;

/**
 * A stylized fact of the model brief (P1-P8) as an experiment file and the checks its runs must
 * pass, all of them, over replications (pattern-oriented modelling, Grimm et al. 2005). What the
 * paper observed is a target the model must reproduce; what it only argues (propose beats impose,
 * above all) is a hypothesis the model tests and reports, whichever way it comes out.
 *
 * @param kind   observed by the paper, or only hypothesised
 * @param id     short name, e.g. "P1"
 * @param title  the fact in a few words
 * @param file   the experiment, relative to the scenarios folder
 * @param checks what must hold
 * @param knockouts for an observed pattern, one per check: the run without its mechanism, in which
 *                  the check must fail (none for hypotheses, which are tested, not targeted)
 */
public record Pattern(Kind kind, String id, String title, String file, List<Check> checks,
                      List<Knockout> knockouts) {
    /** Observed facts are calibration targets; hypotheses are experiments (docs/validation.md). */
    public enum Kind {
        OBSERVED, HYPOTHESIS;

        /** The verdict word for a check of this kind. */
        public String verdict(boolean pass) {
            return switch (this) {
                case OBSERVED -> pass ? "PASS" : "FAIL";
                case HYPOTHESIS -> pass ? "SUPPORTED" : "NOT SUPPORTED";
            };
        }
    }

    public Pattern {
        checks = List.copyOf(checks);
        knockouts = List.copyOf(knockouts);
    }

    /** A hypothesis: its checks, no knock-outs. */
    public static Pattern hypothesis(String id, String title, String file, List<Check> checks) {
        return new Pattern(Kind.HYPOTHESIS, id, title, file, checks, List.of());
    }

    /** An observed pattern: its checks and, for each, the run without its mechanism. */
    public static Pattern observed(String id, String title, String file, List<Check> checks,
                                   List<Knockout> knockouts) {
        return new Pattern(Kind.OBSERVED, id, title, file, checks, knockouts);
    }
}
