package org.clustersim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clustersim.patterns.CheckResult;
import org.junit.jupiter.api.Test;

/** The ABC distance on results whose answer is computed by hand. */
class DistanceTest {
    private static CheckResult check(double p, boolean pass) {
        return new CheckResult("O1", "a check", "stat", 0, 0, 0, p, 0.5, pass);
    }

    @Test
    void everyCheckPassingIsDistanceZero() {
        assertEquals(0, Distance.of(List.of(check(0.001, true), check(1e-9, true))));
    }

    @Test
    void oneFailedCheckOfThreeAtPOneIsOneAndAQuarter() {
        // 1 failed + shortfall 1 / (3 checks + 1)
        assertEquals(1.25, Distance.of(List.of(check(1, false), check(0.001, true), check(0.001, true))), 1e-12);
    }

    @Test
    void twoFailedChecksSumTheirShortfalls() {
        // 2 failed + (0.2 + 0.01 [p below alpha counts as alpha]) / (2 + 1)
        assertEquals(2 + 0.21 / 3, Distance.of(List.of(check(0.2, false), check(0.0001, false))), 1e-12);
        assertEquals(1 + 1.0 / 2, Distance.of(List.of(check(Double.NaN, false))), 1e-12, "NaN p is a full miss");
    }

    @Test
    void theTieBreakerNeverReachesTheNextWholeNumber() {
        List<CheckResult> worst = List.of(check(1, false), check(1, false), check(1, false));
        assertEquals(3, Distance.failed(worst));
        assertTrue(Distance.of(worst) < 4);
        assertTrue(Distance.of(List.of(check(0.02, false), check(0.01, true)))
                < Distance.of(List.of(check(0.9, false), check(0.01, true))), "a near miss is closer");
    }
}
