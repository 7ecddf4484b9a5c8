package org.clustersim.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Regret on outcomes small enough to work out by hand. */
class RegretTest {
    // Three states, mixes a (bold), b (steady): a wins big twice and loses big once.
    private static final double[][] OUTCOME = {{0.9, 0.5}, {0.8, 0.5}, {0.1, 0.4}};

    @Test
    void regretIsTheShortfallToTheBestMixOfTheState() {
        Regret r = Regret.of(List.of("a", "b"), OUTCOME, true);
        assertArrayEquals(new double[] {0, 0.4}, r.regret()[0], 1e-12);
        assertArrayEquals(new double[] {0, 0.3}, r.regret()[1], 1e-12);
        assertArrayEquals(new double[] {0.3, 0}, r.regret()[2], 1e-12);
    }

    @Test
    void summariesAndTheSafestBet() {
        List<Regret.Summary> s = Regret.of(List.of("a", "b"), OUTCOME, true).summaries();
        // a: regrets {0, 0, 0.3}: median 0, p90 (type 7) = 0 + 0.8 * 0.3 = 0.24, max 0.3, best 2/3.
        assertEquals(0, s.get(0).median(), 1e-12);
        assertEquals(0.24, s.get(0).p90(), 1e-12);
        assertEquals(0.3, s.get(0).max(), 1e-12);
        assertEquals(2 / 3.0, s.get(0).shareBest(), 1e-12);
        // b: regrets {0.4, 0.3, 0}: median 0.3, p90 = 0.3 + 0.8 * 0.1 = 0.38, max 0.4, best 1/3.
        assertEquals(0.3, s.get(1).median(), 1e-12);
        assertEquals(0.38, s.get(1).p90(), 1e-12);
        assertEquals("a", Regret.of(List.of("a", "b"), OUTCOME, true).safest().mix());
    }

    @Test
    void lowerIsBetterTurnsTheRegretAround() {
        Regret r = Regret.of(List.of("a", "b"), OUTCOME, false);
        assertArrayEquals(new double[] {0.4, 0}, r.regret()[0], 1e-12);
        assertEquals("b", r.safest().mix());
    }
}
