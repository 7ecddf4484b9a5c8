package org.clustersim.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The observed patterns hold with the shipped parameter set, with each file's replications and
 * master seed, as {@code clustersim patterns} runs them, except those docs/validation.md §3 and §6
 * report as not reproduced: those must still fail, so that the documentation stays true.
 * Hypotheses are findings, not targets: their checks must give a finite estimate and p-value,
 * whichever way they come out.
 */
class PatternsTest {
    /** Observed patterns the model does not reproduce (validation.md §6). */
    static final Set<String> NOT_REPRODUCED = Set.of("O6");

    static Stream<Arguments> patterns() {
        return PatternCatalog.all().stream().map(p -> Arguments.of(p.id() + " " + p.title(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void holds(String name, Pattern p) throws Exception {
        PatternRunner.Outcome o = PatternRunner.run(p, Path.of("scenarios"), null, 2);
        for (CheckResult r : o.results()) {
            String detail = name + ": " + r.check() + ": estimate " + r.estimate() + " [" + r.ciLow() + ", "
                    + r.ciHigh() + "], p = " + r.p();
            if (p.kind() == Pattern.Kind.HYPOTHESIS) {
                assertTrue(Double.isFinite(r.estimate()) && Double.isFinite(r.p()), detail);
            } else if (NOT_REPRODUCED.contains(p.id())) {
                assertFalse(r.pass(), "now reproduced, update validation.md: " + detail);
            } else {
                assertTrue(r.pass(), detail);
            }
        }
        if (p.kind() == Pattern.Kind.OBSERVED) {
            assertEquals(p.checks().size(), p.knockouts().size(), name + ": one knock-out per observed check");
        } else {
            assertTrue(p.knockouts().isEmpty(), name + ": hypotheses are tested, never knocked out");
        }
    }
}
