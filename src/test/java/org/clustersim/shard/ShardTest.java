package org.clustersim.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clustersim.experiment.ExperimentRunner;
import org.clustersim.format.RunKey;
import org.clustersim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The split of a plan into shards: for every number of shards N from 1 to the number of runs,
 * the shards 1..N concatenated give the plan back exactly (no run twice, none missing, plan
 * order), and their sizes differ by at most one; malformed or out-of-range I/N are refused.
 */
class ShardTest {

    @Test
    void shardsPartitionTheShippedExperimentForEveryN() throws Exception {
        checkEveryN(ExperimentRunner.plan(ScenarioLoader.load(Path.of("scenarios/impose-vs-propose.yaml"))));
    }

    @Test
    void shardsPartitionPlansOfAwkwardSizes() {
        for (int reps : new int[] {1, 3, 7, 31}) {
            checkEveryN(ExperimentRunner.plan(List.of("a", "b", "c"), reps, 42));
        }
    }

    private static void checkEveryN(List<RunKey> plan) {
        for (int n = 1; n <= plan.size(); n++) {
            List<RunKey> joined = new ArrayList<>();
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int i = 1; i <= n; i++) {
                List<RunKey> part = Shard.parse(i + "/" + n, plan.size()).select(plan);
                joined.addAll(part);
                min = Math.min(min, part.size());
                max = Math.max(max, part.size());
            }
            assertEquals(plan, joined, "N = " + n);
            assertTrue(min >= 1 && max - min <= 1, "N = " + n + ": block sizes " + min + " to " + max);
        }
    }

    @Test
    void badShardsAreRefusedWithAMessage() {
        for (String bad : new String[] {"0/4", "5/4", "1/0", "1/7", "-1/4", "x", "2", "2/4/1", "", "a/b"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad, 6), bad);
            assertTrue(e.getMessage().startsWith("--shard"), e.getMessage());
        }
        assertEquals(new Shard(2, 4), Shard.parse(" 2/4 ", 6));
    }

    @Test
    void runRangesNameRunsCompactly() {
        List<RunKey> runs = new ArrayList<>(ExperimentRunner.plan(List.of("impose"), 5, 1).subList(0, 3));
        runs.add(ExperimentRunner.plan(List.of("impose"), 5, 1).get(4));
        runs.add(ExperimentRunner.plan(List.of("propose"), 1, 1).get(0));
        assertEquals("impose replications 1-3, 5, propose replication 1", RunRanges.describe(runs));
    }
}
