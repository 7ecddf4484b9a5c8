package org.clustersim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of the cluster as a whole: whether its structure has formed, whether a charter is
 * in force, its derived stage, the alliances under way and the counters of the current month.
 */
public final class ClusterState {
    boolean formed;
    boolean decreed;
    int launchedMonth = -1;
    int formedMonth = -1;
    boolean charterInForce;
    Stage stage = Stage.SPONTANEOUS;
    int stalledMonths;
    boolean pipelinesCut;
    int alliancesFormed;
    int alliancesBroken;
    int alliancesCompleted;
    long decisions;
    long cooperations;
    final List<Alliance> alliances = new ArrayList<>();

    public boolean isFormed() { return formed; }
    /** Whether a decree has already enrolled the target firms. */
    public boolean isDecreed() { return decreed; }
    public void markDecreed() { decreed = true; }
    /** Whether the cluster project has been launched (an instrument that launches it came into force). */
    public boolean isLaunched() { return launchedMonth >= 0; }
    public void markLaunched(int month) { launchedMonth = month; }
    public int formedMonth() { return formedMonth; }
    public boolean isCharterInForce() { return charterInForce; }
    public Stage stage() { return stage; }
    public int stalledMonths() { return stalledMonths; }
    public boolean pipelinesCut() { return pipelinesCut; }
    public int alliancesFormed() { return alliancesFormed; }
    public int alliancesBroken() { return alliancesBroken; }
    public int alliancesCompleted() { return alliancesCompleted; }
    public List<Alliance> alliances() { return alliances; }

    /** Cooperative decisions over all decisions of the current month (NaN when none). */
    public double cooperationRate() {
        return decisions == 0 ? Double.NaN : (double) cooperations / decisions;
    }

    public void markFormed(int month) {
        formed = true;
        formedMonth = month;
    }

    public void setCharterInForce(boolean v) { charterInForce = v; }
    public void setStage(Stage s) { stage = s; }
    public void setStalledMonths(int n) { stalledMonths = n; }
    public void cutPipelines() { pipelinesCut = true; }
    public void countAllianceFormed() { alliancesFormed++; }
    public void countAllianceBroken() { alliancesBroken++; }
    public void countAllianceCompleted() { alliancesCompleted++; }

    public void recordDecision(boolean cooperated) {
        decisions++;
        if (cooperated) {
            cooperations++;
        }
    }

    void resetMonth() {
        decisions = 0;
        cooperations = 0;
    }
}
