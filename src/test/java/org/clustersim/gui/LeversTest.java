package org.clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.clustersim.experiment.Replication;
import org.clustersim.metrics.Metrics;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.ModelConfig;
import org.clustersim.model.Param;
import org.clustersim.model.policy.CharterRule;
import org.clustersim.model.policy.PolicyMode;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The levers change the live model, are logged, survive a restart, and refuse bad values. No display needed. */
class LeversTest {
    private Scenario scenario;
    private ModelConfig config;
    private ClusterModel model;
    private Levers levers;

    @BeforeEach
    void setUp() throws Exception {
        scenario = ScenarioLoader.load(Path.of("scenarios", "mecanique.yaml"));
        config = scenario.variants().get(0).config();
        model = new ClusterModel(scenario.seed(), config);
        model.start();
        levers = new Levers(model);
    }

    @Test
    void aChangeReachesTheLiveModelAndTheLog() {
        levers.setTrustGain(0.1);
        levers.setTurnoverPeriod(12);
        levers.setCharter(CharterRule.NONE.ordinal());
        assertEquals(0.1, model.params().get(Param.TRUST_GAIN));
        assertEquals(12, model.params().getInt(Param.TURNOVER_PERIOD));
        assertEquals(CharterRule.NONE, model.policy().charter());
        assertTrue(model.log().stream().anyMatch(l -> l.contains("lever trust_gain: 0.06 -> 0.1")), model.log().toString());
        assertTrue(model.log().stream().anyMatch(l -> l.contains("charter none")), model.log().toString());
    }

    @Test
    void changesAreKeptWhenTheModelRestarts() {
        levers.setPolicyMode(PolicyMode.IMPOSE.ordinal());
        levers.setAllianceThreshold(0.3);
        model.reconfigure(levers.applyTo(config));
        model.start();
        assertEquals(PolicyMode.IMPOSE, model.policy().mode());
        assertEquals(0.3, model.params().get(Param.ALLIANCE_THRESHOLD));
        assertEquals(PolicyMode.PROPOSE, config.policy().mode(), "the scenario itself is unchanged");
        levers.reset();
        assertEquals(config, levers.applyTo(config));
    }

    @Test
    void outOfRangeValuesAreRefused() {
        int period = levers.getTurnoverPeriod();
        levers.setTrustLoss(1.5);
        levers.setTurnoverPeriod(-3);
        levers.setPolicyMode(7);
        assertEquals(0.25, levers.getTrustLoss());
        assertEquals(period, levers.getTurnoverPeriod());
        assertEquals(PolicyMode.PROPOSE.ordinal(), levers.getPolicyMode());
        assertFalse(model.log().stream().anyMatch(l -> l.contains("lever")));
    }

    @Test
    void imposeOnRestartGivesAnotherCourse() {
        levers.setPolicyMode(PolicyMode.IMPOSE.ordinal());
        ModelConfig imposed = levers.applyTo(config);
        double[][] propose = Replication.run(config, scenario.seed(), 48).values();
        double[][] impose = Replication.run(imposed, scenario.seed(), 48).values();
        int members = Metrics.names().indexOf("members");
        assertEquals(1.0, impose[30][members], 1e-9, "a decree enrols every target firm at the policy start");
        assertTrue(propose[30][members] < 1.0);
    }
}
