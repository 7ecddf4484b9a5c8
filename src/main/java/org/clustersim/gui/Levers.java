package org.clustersim.gui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.ModelConfig;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.policy.CharterRule;
import org.clustersim.model.policy.PolicyMode;
import org.clustersim.model.policy.PolicySpec;
import sim.util.Interval;

/**
 * The policy levers of the console's Model tab: JavaBean properties that MASON shows as menus
 * ({@code domX()} returning names) and sliders ({@code domX()} returning an {@link Interval}),
 * with a description each ({@code desX()}). Getters read the live model. A setter changes the
 * live model through its public API ({@link ClusterModel#setPolicy}, {@link Parameters#set}),
 * which the model reads from the next month on, writes the change to the model's log, and
 * remembers it so that {@link #applyTo} carries it over when the run is restarted.
 * An out-of-range value typed in by hand is refused and the field shows the value in force.
 */
public final class Levers {
    private static final String[] MODES = {"impose", "propose", "none"};
    private static final String[] CHARTERS = {"none", "scheduled", "consensus"};

    private final ClusterModel model;
    private final Map<Param, Double> changed = new EnumMap<>(Param.class);
    private PolicyMode mode;
    private CharterRule charter;

    Levers(ClusterModel model) {
        this.model = model;
    }

    /** Forgets every change (a new scenario was loaded). */
    void reset() {
        changed.clear();
        mode = null;
        charter = null;
    }

    /** The scenario's configuration with the levers' changes applied, for a restart. */
    ModelConfig applyTo(ModelConfig scenario) {
        Parameters p = scenario.parameters();
        changed.forEach(p::set);
        PolicySpec s = scenario.policy();
        PolicySpec policy = new PolicySpec(mode == null ? s.mode() : mode, s.start(), s.promoter(), s.association(),
                s.coordinators(), s.targets(), charter == null ? s.charter() : charter, s.charterMonth());
        return new ModelConfig(scenario.actors(), scenario.relations(), policy, scenario.events(), p);
    }

    public int getPolicyMode() { return model.policy().mode().ordinal(); }
    public void setPolicyMode(int v) {
        if (v >= 0 && v < MODES.length) {
            mode = PolicyMode.values()[v];
            PolicySpec s = model.policy();
            if (s.mode() == mode) {
                return;
            }
            model.setPolicy(new PolicySpec(mode, s.start(), s.promoter(), s.association(), s.coordinators(),
                    s.targets(), s.charter(), s.charterMonth()));
        }
    }
    public Object domPolicyMode() { return MODES.clone(); }
    public String desPolicyMode() {
        return "Impose: a decree enrols every target firm and assigns partners. Propose: awareness sessions, "
                + "each firm decides, the association forms at a critical mass. "
                + "Switching to impose mid-run decrees at once.";
    }

    public int getCharter() { return model.policy().charter().ordinal(); }
    public void setCharter(int v) {
        if (v >= 0 && v < CHARTERS.length) {
            charter = CharterRule.values()[v];
            PolicySpec s = model.policy();
            if (s.charter() == charter) {
                return;
            }
            model.setPolicy(new PolicySpec(s.mode(), s.start(), s.promoter(), s.association(), s.coordinators(),
                    s.targets(), charter, s.charterMonth()));
        }
    }
    public Object domCharter() { return CHARTERS.clone(); }
    public String desCharter() {
        return "Charter of good conduct: never, at the scenario's month, or by consensus once members' "
                + "appropriation reaches charter_consensus. In force, it raises cooperation among members.";
    }

    public int getTurnoverPeriod() { return model.params().getInt(Param.TURNOVER_PERIOD); }
    public void setTurnoverPeriod(int v) { change(Param.TURNOVER_PERIOD, v); }
    public Object domTurnoverPeriod() { return new Interval(0L, 120L); }
    public String desTurnoverPeriod() { return describe(Param.TURNOVER_PERIOD); }

    public double getAllianceThreshold() { return model.params().get(Param.ALLIANCE_THRESHOLD); }
    public void setAllianceThreshold(double v) { change(Param.ALLIANCE_THRESHOLD, v); }
    public Object domAllianceThreshold() { return new Interval(0.0, 1.0); }
    public String desAllianceThreshold() { return describe(Param.ALLIANCE_THRESHOLD); }

    public double getPipelineStrength() { return model.params().get(Param.PIPELINE_STRENGTH); }
    public void setPipelineStrength(double v) { change(Param.PIPELINE_STRENGTH, v); }
    public Object domPipelineStrength() { return new Interval(0.0, 0.5); }
    public String desPipelineStrength() { return describe(Param.PIPELINE_STRENGTH); }

    public double getTrainingEffort() { return model.params().get(Param.TRAINING_EFFORT); }
    public void setTrainingEffort(double v) { change(Param.TRAINING_EFFORT, v); }
    public Object domTrainingEffort() { return new Interval(0.0, 1.0); }
    public String desTrainingEffort() { return describe(Param.TRAINING_EFFORT); }

    public double getTrustGain() { return model.params().get(Param.TRUST_GAIN); }
    public void setTrustGain(double v) { change(Param.TRUST_GAIN, v); }
    public Object domTrustGain() { return new Interval(0.0, 0.3); }
    public String desTrustGain() { return describe(Param.TRUST_GAIN); }

    public double getTrustLoss() { return model.params().get(Param.TRUST_LOSS); }
    public void setTrustLoss(double v) { change(Param.TRUST_LOSS, v); }
    public Object domTrustLoss() { return new Interval(0.0, 1.0); }
    public String desTrustLoss() { return describe(Param.TRUST_LOSS); }

    /** Read-only: the cluster's stage this month. */
    public String getStage() { return model.cluster().stage().name().toLowerCase(Locale.ROOT); }
    public String desStage() {
        return "Spontaneous, organised (association or SPL), governed (charter and ownership) or frozen.";
    }

    /** Read-only: the last line of the model's log (policy events, lever changes). */
    public String getLastEvent() {
        var log = model.log();
        return log.isEmpty() ? "" : log.get(log.size() - 1);
    }
    public String desLastEvent() { return "The latest entry of the run's log: events, decisions, lever changes."; }

    private void change(Param p, double v) {
        double old = model.params().get(p);
        try {
            model.params().set(p, v);
        } catch (IllegalArgumentException e) {
            return;
        }
        changed.put(p, v);
        if (old != v) {
            model.log("lever " + p.key() + ": " + old + " -> " + v);
        }
    }

    private static String describe(Param p) {
        return p.meaning() + " (" + p.unit() + "; scenario parameter " + p.key() + ")";
    }
}
