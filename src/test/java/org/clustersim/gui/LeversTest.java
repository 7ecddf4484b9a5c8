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
        levers.setCharter(0);
        assertEquals(0.1, model.params().get(Param.TRUST_GAIN));
        assertEquals(12, model.params().getInt(Param.TURNOVER_PERIOD));
        assertTrue(model.policy().instruments("charter").isEmpty(), "a charter not yet started is removed");
        assertEquals(0, levers.getCharter());
        assertTrue(model.log().stream().anyMatch(l -> l.contains("lever trust_gain: 0.06 -> 0.1")), model.log().toString());
        assertTrue(model.log().stream().anyMatch(l -> l.contains("lever charter: off")), model.log().toString());
    }

    @Test
    void changesAreKeptWhenTheModelRestarts() {
        levers.setDecree(true);
        levers.setVoluntaryMembership(false);
        levers.setAllianceThreshold(0.3);
        model.reconfigure(levers.applyTo(config));
        model.start();
        assertTrue(levers.getDecree());
        assertFalse(levers.getVoluntaryMembership());
        assertEquals(25, model.policy().instruments("decree").get(0).window().start(), "from the policy's start");
        assertEquals(0.3, model.params().get(Param.ALLIANCE_THRESHOLD));
        assertTrue(config.policy().instruments("decree").isEmpty(), "the scenario itself is unchanged");
        levers.reset();
        assertEquals(config, levers.applyTo(config));
    }

    @Test
    void switchingOffMidRunEndsTheInstrumentAndKeepsItsPast() {
        org.clustersim.model.policy.PolicySpec before = model.policy();
        for (int k = 0; k < 40; k++) {
            model.schedule.step(model);
        }
        levers.setVoice(0.2);
        levers.setAwareness(false);
        var voice = model.policy().instruments("voice");
        assertEquals(2, voice.size(), "the old voice until month 40, the new one from 41");
        assertEquals(40, voice.get(0).window().end());
        assertEquals(41, voice.get(1).window().start());
        assertEquals(0.2, levers.getVoice());
        assertEquals(40, model.policy().instruments("awareness").get(0).window().end());
        assertFalse(levers.getAwareness());
        assertTrue(before.instruments("voice").get(0).window().end() > 40, "the scenario's policy is unchanged");
    }

    @Test
    void theCharterMenuListsNoneThenEveryRule() {
        String[] menu = (String[]) levers.domCharter();
        assertEquals(CharterRule.values().length + 1, menu.length);
        assertEquals("none", menu[0]);
        for (CharterRule r : CharterRule.values()) {
            levers.setCharter(r.ordinal() + 1);
            assertEquals(r.name().toLowerCase(), menu[levers.getCharter()]);
        }
    }

    @Test
    void outOfRangeValuesAreRefused() {
        int period = levers.getTurnoverPeriod();
        levers.setTrustLoss(1.5);
        levers.setTurnoverPeriod(-3);
        levers.setCharter(7);
        levers.setControl(1.5);
        assertEquals(0.25, levers.getTrustLoss());
        assertEquals(period, levers.getTurnoverPeriod());
        assertEquals(2, levers.getCharter(), "consensus, as the scenario says");
        assertEquals(0.0, levers.getControl());
        assertFalse(model.log().stream().anyMatch(l -> l.contains("lever")));
    }

    @Test
    void aDecreeOnRestartGivesAnotherCourse() {
        levers.setDecree(true);
        ModelConfig imposed = levers.applyTo(config);
        double[][] propose = Replication.run(config, scenario.seed(), 48).values();
        double[][] impose = Replication.run(imposed, scenario.seed(), 48).values();
        int members = Metrics.names().indexOf("members");
        assertEquals(1.0, impose[30][members], 1e-9, "a decree enrols every target firm at the policy start");
        assertTrue(propose[30][members] < 1.0);
    }
}
