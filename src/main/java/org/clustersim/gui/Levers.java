package org.clustersim.gui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clustersim.format.Num;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.ModelConfig;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.policy.AssignedPartners;
import org.clustersim.model.policy.Awareness;
import org.clustersim.model.policy.Charter;
import org.clustersim.model.policy.CharterRule;
import org.clustersim.model.policy.Control;
import org.clustersim.model.policy.Decree;
import org.clustersim.model.policy.Instrument;
import org.clustersim.model.policy.PolicySpec;
import org.clustersim.model.policy.Voice;
import org.clustersim.model.policy.VoluntaryMembership;
import org.clustersim.model.policy.Window;
import sim.util.Interval;

/**
 * The levers of the console's Model tab: the policy instruments (switches, intensities, the
 * charter) and a few parameters, as JavaBean properties that MASON shows as check boxes, menus
 * ({@code domX()} returning names) and sliders ({@code domX()} returning an {@link Interval}),
 * each with a description in plain words ({@code desX()}). Getters read the live model. A setter
 * changes the live model from the next month on ({@link ClusterModel#setPolicy},
 * {@link Parameters#set}), writes the change to the model's log, and is remembered so that
 * {@link #applyTo} carries it over when the run is restarted. An out-of-range value is refused.
 */
public final class Levers {
    /** The charter menu: "none", then each {@link CharterRule} in order, so item {@code i} is rule {@code i - 1}. */
    private static final String[] CHARTERS = charterMenu();

    private final ClusterModel model;
    private final Map<Param, Double> changed = new EnumMap<>(Param.class);
    /** Instrument kinds switched by a lever, with what replaces them (null: switched off). */
    private final Map<String, Instrument> switched = new LinkedHashMap<>();

    Levers(ClusterModel model) {
        this.model = model;
    }

    /** Forgets every change (a new scenario was loaded). */
    void reset() {
        changed.clear();
        switched.clear();
    }

    /** The scenario's configuration with the levers' changes applied, for a restart. */
    ModelConfig applyTo(ModelConfig scenario) {
        Parameters p = scenario.parameters();
        changed.forEach(p::set);
        PolicySpec policy = scenario.policy();
        for (Map.Entry<String, Instrument> e : switched.entrySet()) {
            Instrument i = e.getValue();
            Instrument from = i == null ? null : i.withWindow(Window.from(policy.start()));
            policy = PolicyEdits.replace(policy, e.getKey(), from, 1);
        }
        return new ModelConfig(scenario.actors(), scenario.relations(), policy, scenario.events(), p);
    }

    /** The changes made with the levers, in plain words ("decree on, control 0.7"), or "". */
    String summary() {
        List<String> parts = new ArrayList<>();
        switched.forEach((key, i) -> parts.add(key.replace('_', ' ') + (i == null ? " off"
                : i instanceof Control c ? " " + Num.format(c.intensity())
                : i instanceof Voice v ? " " + Num.format(v.intensity())
                : i instanceof Charter c ? " " + c.rule().name().toLowerCase(Locale.ROOT) : " on")));
        changed.forEach((p, v) -> parts.add(p.key().replace('_', ' ') + " " + Num.format(v)));
        return String.join(", ", parts);
    }

    public boolean getAwareness() { return on("awareness"); }
    public void setAwareness(boolean v) {
        toggle("awareness", v, w -> new Awareness(w, Awareness.EVERY_DEFAULT, Awareness.ATTENDANCE_DEFAULT,
                Awareness.PEERS_DEFAULT));
    }
    public String desAwareness() {
        return "Information sessions by the promoter every 6 months: firms learn about the project and meet "
                + "the promoter and each other.";
    }

    public boolean getVoluntaryMembership() { return on("voluntary_membership"); }
    public void setVoluntaryMembership(boolean v) {
        toggle("voluntary_membership", v, w -> new VoluntaryMembership(w, VoluntaryMembership.CRITICAL_MASS_DEFAULT));
    }
    public String desVoluntaryMembership() {
        return "Firms that know of the project join when they trust the promoter and see acquaintances join; "
                + "the association forms once 30% of them have.";
    }

    public boolean getDecree() { return on("decree"); }
    public void setDecree(boolean v) { toggle("decree", v, Decree::new); }
    public String desDecree() {
        return "The authority creates the cluster and enrols every target firm, whether it wants to or not.";
    }

    public boolean getAssignedPartners() { return on("assigned_partners"); }
    public void setAssignedPartners(boolean v) {
        toggle("assigned_partners", v, w -> new AssignedPartners(w, AssignedPartners.PARTNERS_DEFAULT));
    }
    public String desAssignedPartners() {
        return "Each member is given 4 partners it did not choose, and meetings pair members at random.";
    }

    public double getControl() { return intensity("control"); }
    public void setControl(double v) { setIntensity("control", v, w -> new Control(w, v)); }
    public Object domControl() { return new Interval(0.0, 1.0); }
    public String desControl() {
        return "Obligations and sanctions on members (0 none, 1 full): they deter cheating, but members who "
                + "distrust the authority feel controlled and lose motivation.";
    }

    public double getVoice() { return intensity("voice"); }
    public void setVoice(double v) { setIntensity("voice", v, w -> new Voice(w, v)); }
    public Object domVoice() { return new Interval(0.0, 1.0); }
    public String desVoice() {
        return "How much members decide the cluster's form and plan (0 none, 1 they decide): it supports their "
                + "sense of autonomy.";
    }

    public int getCharter() {
        Instrument c = upcoming("charter");
        return c == null ? 0 : ((Charter) c).rule().ordinal() + 1;
    }
    public void setCharter(int v) {
        if (v >= 0 && v < CHARTERS.length && v != getCharter()) {
            switchTo("charter", v == 0 ? null : new Charter(window(), CharterRule.values()[v - 1]));
        }
    }
    public Object domCharter() { return CHARTERS.clone(); }

    private static String[] charterMenu() {
        CharterRule[] rules = CharterRule.values();
        String[] menu = new String[rules.length + 1];
        menu[0] = "none";
        for (CharterRule r : rules) {
            menu[r.ordinal() + 1] = r.name().toLowerCase(Locale.ROOT);
        }
        return menu;
    }
    public String desCharter() {
        return "Charter of good conduct: none, imposed from the next month, or adopted by consensus once members "
                + "own the project. In force, it raises cooperation among members.";
    }

    public int getTurnoverPeriod() { return model.params().getInt(Param.TURNOVER_PERIOD); }
    public void setTurnoverPeriod(int v) { change(Param.TURNOVER_PERIOD, v); }
    public Object domTurnoverPeriod() { return new Interval(0L, 120L); }
    public String desTurnoverPeriod() {
        return plain("Months a wali (local official) stays; the next one trusts everyone like a stranger and "
                + "does not keep the last one's promises. 0: the same official throughout.",
                Param.TURNOVER_PERIOD);
    }

    public double getAllianceThreshold() { return model.params().get(Param.ALLIANCE_THRESHOLD); }
    public void setAllianceThreshold(double v) { change(Param.ALLIANCE_THRESHOLD, v); }
    public Object domAllianceThreshold() { return new Interval(0.0, 1.0); }
    public String desAllianceThreshold() {
        return plain("How much two firms must trust each other before they ally: low is haste (alliances that "
                + "break), high is patience.",
                Param.ALLIANCE_THRESHOLD);
    }

    public double getPipelineStrength() { return model.params().get(Param.PIPELINE_STRENGTH); }
    public void setPipelineStrength(double v) { change(Param.PIPELINE_STRENGTH, v); }
    public Object domPipelineStrength() { return new Interval(0.0, 0.5); }
    public String desPipelineStrength() {
        return plain("How fast foreign partners, agencies and the university bring in knowledge from outside. 0: "
                + "no pipelines.",
                Param.PIPELINE_STRENGTH);
    }

    public double getTrainingEffort() { return model.params().get(Param.TRAINING_EFFORT); }
    public void setTrainingEffort(double v) { change(Param.TRAINING_EFFORT, v); }
    public Object domTrainingEffort() { return new Interval(0.0, 1.0); }
    public String desTrainingEffort() {
        return plain("Effort of vocational training: the more, the more apprentices enter the trade and learn "
                + "from masters.",
                Param.TRAINING_EFFORT);
    }

    public double getTrustGain() { return model.params().get(Param.TRUST_GAIN); }
    public void setTrustGain(double v) { change(Param.TRUST_GAIN, v); }
    public Object domTrustGain() { return new Interval(0.0, 0.3); }
    public String desTrustGain() {
        return plain("How fast trust grows when two partners cooperate (trust is slow to build).",
                Param.TRUST_GAIN);
    }

    public double getTrustLoss() { return model.params().get(Param.TRUST_LOSS); }
    public void setTrustLoss(double v) { change(Param.TRUST_LOSS, v); }
    public Object domTrustLoss() { return new Interval(0.0, 1.0); }
    public String desTrustLoss() {
        return plain("How much trust falls when a partner cheats (trust is quick to lose).",
                Param.TRUST_LOSS);
    }

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

    /** The instrument of this kind in force from next month (what a lever changes), or null. */
    private Instrument upcoming(String key) {
        return PolicyEdits.current(model.policy(), key, PolicyEdits.from(model.policy(), model.month()));
    }

    private boolean on(String key) {
        return upcoming(key) != null;
    }

    private double intensity(String key) {
        Instrument i = upcoming(key);
        return i instanceof Control c ? c.intensity() : i instanceof Voice v ? v.intensity() : 0;
    }

    private void toggle(String key, boolean v, java.util.function.Function<Window, Instrument> make) {
        if (v != on(key)) {
            switchTo(key, v ? make.apply(window()) : null);
        }
    }

    private void setIntensity(String key, double v, java.util.function.Function<Window, Instrument> make) {
        if (v >= 0 && v <= 1 && v != intensity(key)) {
            switchTo(key, v == 0 ? null : make.apply(window()));
        }
    }

    private Window window() {
        return Window.from(PolicyEdits.from(model.policy(), model.month()));
    }

    private void switchTo(String key, Instrument instrument) {
        int from = PolicyEdits.from(model.policy(), model.month());
        model.setPolicy(PolicyEdits.replace(model.policy(), key, instrument, from));
        switched.put(key, instrument);
        model.log("lever " + key + ": " + (instrument == null ? "off" : instrument.describe()) + " from month " + from);
    }

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

    /** A lever's description in plain words, then the scenario parameter it sets. */
    private static String plain(String words, Param p) {
        return words + " (scenario parameter " + p.key() + ")";
    }
}
