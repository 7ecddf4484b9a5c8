package org.clustersim.calibration;

import java.util.List;
import org.clustersim.patterns.CheckResult;

/**
 * The ABC distance between a run of the model and what the paper observed: the number of
 * observed checks that fail, plus a tie-breaker in [0, 1) that orders parameter sets failing as
 * many checks by how far their failed checks were from passing. Each failed check's shortfall is
 * its p-value (at least alpha, 1 when undefined): a check that missed at p = 0.02 was nearly
 * there, one at p = 0.9 was not. The tie-breaker is the sum of shortfalls over (checks + 1), so
 * it never reaches the next whole number:
 * {@code d = failed + sum(shortfall) / (checks + 1)}. A set that passes every check is at 0.
 * Pattern-oriented ABC on summary verdicts follows Hartig et al. (2011) and van der Vaart et al.
 * (2015); rejection with a tolerance on such a distance is Pritchard et al. (1999).
 */
public final class Distance {
    private Distance() {
    }

    /** The distance of a set of observed checks' results. */
    public static double of(List<CheckResult> results) {
        return failed(results) + shortfalls(results) / (results.size() + 1);
    }

    /** How many of the checks fail. */
    public static int failed(List<CheckResult> results) {
        return (int) results.stream().filter(r -> !r.pass()).count();
    }

    /** How far a check is from passing, in [alpha, 1] when it fails, 0 when it passes. */
    public static double shortfall(CheckResult r) {
        if (r.pass()) {
            return 0;
        }
        return Double.isNaN(r.p()) ? 1 : Math.min(1, Math.max(CheckResult.ALPHA, r.p()));
    }

    private static double shortfalls(List<CheckResult> results) {
        return results.stream().mapToDouble(Distance::shortfall).sum();
    }
}
