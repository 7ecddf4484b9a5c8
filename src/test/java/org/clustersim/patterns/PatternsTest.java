package org.clustersim.patterns;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stylized facts P1-P8 hold with the shipped parameter set: every check of every pattern
 * has the expected direction and p < 0.01, with each file's replications and master seed, as
 * {@code clustersim patterns} runs them.
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
            assertTrue(r.pass(), name + ": " + r.check() + " failed: estimate " + r.estimate() + " [" + r.ciLow()
                    + ", " + r.ciHigh() + "], p = " + r.p());
        }
    }
}
