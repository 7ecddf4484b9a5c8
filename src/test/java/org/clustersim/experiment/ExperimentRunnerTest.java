package org.clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clustersim.model.ClusterModel;
import org.clustersim.format.RunKey;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The runner hands runs to the sink in plan order whatever the thread count, replays runs marked
 * done instead of recomputing them, and keeps going when one run throws.
 */
class ExperimentRunnerTest {
    /** Records what the sink received. */
    private static final class Recorder implements RunSink {
        final List<String> events = new ArrayList<>();

        @Override
        public void accept(RunKey key, double[][] values, ClusterModel finalModel) {
            events.add("run " + key.variant() + " " + key.replication() + " " + values[values.length - 1][0]);
        }

        @Override
        public void replay(RunKey key) {
            events.add("replay " + key.variant() + " " + key.replication());
        }

        @Override
        public void fail(RunKey key, Throwable cause) {
            events.add("fail " + key.variant() + " " + key.replication() + " " + cause.getMessage());
        }
    }

    private static Scenario scenario() throws Exception {
        return ScenarioLoader.load(Path.of("scenarios/impose-vs-propose.yaml")).withRunSettings(6, 3, 4);
    }

    @Test
    void orderAndValuesDoNotDependOnThreads() throws Exception {
        Scenario s = scenario();
        Recorder one = new Recorder();
        Recorder three = new Recorder();
        ExperimentRunner.run(s, ExperimentRunner.plan(s), Set.of(), new RunOptions(1, true), one, Progress.silent());
        ExperimentRunner.run(s, ExperimentRunner.plan(s), Set.of(), new RunOptions(3, true), three, Progress.silent());
        assertEquals(8, one.events.size());
        assertEquals(one.events, three.events);
        assertEquals("run propose 1", one.events.get(0).substring(0, 13));
        assertEquals("run impose 4", one.events.get(7).substring(0, 12));
    }

    @Test
    void doneRunsAreReplayedAndFailuresDoNotStopTheOthers() throws Exception {
        Scenario s = scenario();
        List<RunKey> plan = ExperimentRunner.plan(s);
        Recorder r = new Recorder();
        ExperimentRunner.RunFunction failOnSecond = (config, seed, steps) -> {
            if (seed == plan.get(1).seed()) {
                throw new IllegalStateException("boom");
            }
            return Replication.run(config, seed, steps);
        };
        int failed = ExperimentRunner.run(s, plan, Set.of(plan.get(0)), new RunOptions(2, true), r,
                Progress.silent(), failOnSecond);
        assertEquals(1, failed);
        assertEquals("replay propose 1", r.events.get(0));
        assertEquals("fail propose 2 boom", r.events.get(1));
        assertEquals(8, r.events.size());
        assertEquals("run impose 4", r.events.get(7).substring(0, 12));
    }
}
