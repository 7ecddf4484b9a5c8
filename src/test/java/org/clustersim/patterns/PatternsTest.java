package org.clustersim.patterns;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The observed stylized facts hold with the shipped parameter set: every check of every observed
 * pattern has the expected direction and p < 0.01, with each file's replications and master
 * seed, as {@code clustersim patterns} runs them. Hypotheses are findings, not targets: their
 * checks must give a finite estimate and p-value, whichever way they come out.
 */
class PatternsTest {
    static Stream<Arguments> patterns() {
        return PatternCatalog.all().stream().map(p -> Arguments.of(p.id() + " " + p.title(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void holds(String name, Pattern p) throws Exception {
        PatternRunner.Outcome o = PatternRunner.run(p, Path.of("scenarios"), null, 2);
        for (CheckResult r : o.results()) {
            if (p.kind() == Pattern.Kind.OBSERVED) {
                assertTrue(r.pass(), name + ": " + r.check() + " failed: estimate " + r.estimate() + " [" + r.ciLow()
                        + ", " + r.ciHigh() + "], p = " + r.p());
            } else {
                assertTrue(Double.isFinite(r.estimate()) && Double.isFinite(r.p()), name + ": " + r.check());
            }
        }
    }
}
