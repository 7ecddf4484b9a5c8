package org.clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link SeedDerivation}: its two building blocks against published test vectors, two
 * pinned derived seeds (computed once and written down, so that any change to the derivation,
 * which would silently change every published result, fails here), and that seeds differ across
 * variants, replications and master seeds.
 */
class SeedDerivationTest {

    @Test
    void fnv1a64MatchesTheReferenceVectors() {
        // FNV-1a 64: the empty string hashes to the offset basis; "a" to 0xaf63dc4c8601ec8c
        assertEquals(0xcbf29ce484222325L, SeedDerivation.fnv1a64(""));
        assertEquals(0xaf63dc4c8601ec8cL, SeedDerivation.fnv1a64("a"));
    }

    @Test
    void mixIsTheSplitMix64Finaliser() {
        // first output of SplitMix64 seeded with 0 (Vigna's reference implementation)
        assertEquals(0xe220a8397b1dcdafL, SeedDerivation.mix(0));
    }

    @Test
    void pinnedSeeds() {
        // computed once with this derivation (impose-vs-propose.yaml's master seed 20180101)
        assertEquals(8141740447592184813L, SeedDerivation.seed(20180101L, "propose", 1));
        assertEquals(1504728390228238504L, SeedDerivation.seed(20180101L, "impose", 1));
    }

    @Test
    void stableAcrossCalls() {
        assertEquals(SeedDerivation.seed(42, "baseline", 7), SeedDerivation.seed(42, "baseline", 7));
    }

    @Test
    void distinctAcrossVariantsReplicationsAndMasters() {
        Set<Long> seeds = new HashSet<>();
        List<String> variants = List.of("baseline", "propose", "impose", "impose-charter");
        for (long master : new long[] {1, 2, 20180101L}) {
            for (String v : variants) {
                for (int r = 1; r <= 200; r++) {
                    seeds.add(SeedDerivation.seed(master, v, r));
                }
            }
        }
        assertEquals(3 * 4 * 200, seeds.size());
        assertNotEquals(SeedDerivation.seed(1, "propose", 1), SeedDerivation.seed(1, "propose", 2));
    }

    @Test
    void planGivesEachRunItsDerivedSeed() throws Exception {
        var s = org.clustersim.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios", "impose-vs-propose.yaml"));
        var plan = ExperimentRunner.plan(s);
        assertEquals(2 * 30, plan.size());
        assertEquals("propose", plan.get(0).variant());
        assertEquals(1, plan.get(0).replication());
        assertEquals(8141740447592184813L, plan.get(0).seed());
        assertEquals("impose", plan.get(30).variant());
        assertEquals(1504728390228238504L, plan.get(30).seed());
    }
}
