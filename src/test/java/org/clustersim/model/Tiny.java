package org.clustersim.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clustersim.model.policy.EventSpec;
import org.clustersim.model.policy.PolicySpec;

/**
 * Builder of tiny hand-made models for rule tests: every actor is a single actor with exact
 * values (spread 0), every relation has density 1 and spread 0, so that after {@code start()}
 * the state is known exactly and a test can set what it needs with the actors' setters.
 * Parameters start from {@link #referenceParameters()}, so that hand-computed answers do not
 * move when the defaults are recalibrated.
 */
public final class Tiny {
    private final List<ActorSpec> actors = new ArrayList<>();
    private final List<RelationSpec> relations = new ArrayList<>();
    private final List<EventSpec> events = new ArrayList<>();
    private final Map<Param, Double> params = new EnumMap<>(Param.class);
    private PolicySpec policy = noPolicy();

    private Tiny() {
        params.putAll(REFERENCE);
    }

    public static Tiny builder() {
        return new Tiny();
    }

    /** The values the tests' arithmetic uses (the defaults when the tests were written). */
    private static final Map<Param, Double> REFERENCE = referenceValues();

    private static Map<Param, Double> referenceValues() {
        Map<Param, Double> m = new EnumMap<>(Param.class);
        m.put(Param.DISCOVERY_PROBABILITY, 0.1);
        m.put(Param.DISTANCE_SCALE, 5.0);
        m.put(Param.COOP_BIAS, -1.5);
        m.put(Param.COOP_TRUST_WEIGHT, 4.0);
        m.put(Param.COOP_APPROPRIATION_WEIGHT, 1.5);
        m.put(Param.COOP_RIVALRY_WEIGHT, 2.5);
        m.put(Param.PROJECT_STAKES, 2.0);
        m.put(Param.CHARTER_EFFECT, 2.0);
        m.put(Param.TRUST_GAIN, 0.06);
        m.put(Param.TRUST_LOSS, 0.25);
        m.put(Param.SCAR, 0.1);
        m.put(Param.STRANGER_TRUST, 0.3);
        m.put(Param.TIE_LAPSE, 0.05);
        m.put(Param.STRONG_TIE, 0.6);
        m.put(Param.ABSORPTION, 0.2);
        m.put(Param.PIPELINE_STRENGTH, 0.1);
        m.put(Param.OBSOLESCENCE, 0.01);
        m.put(Param.INFO_TIE, 0.5);
        m.put(Param.BENEFIT_MEMORY, 0.3);
        m.put(Param.INTERNALISATION_RATE, 0.08);
        m.put(Param.DISAPPOINTMENT_RATE, 0.03);
        m.put(Param.CROWDING_OUT, 0.03);
        m.put(Param.SANCTION_EFFECT, 1.75);
        m.put(Param.AUTONOMY_RATE, 0.1);
        m.put(Param.CHOICE_WEIGHT, 1.0);
        m.put(Param.VOICE_WEIGHT, 1.0);
        m.put(Param.AUTHORITY_TRUST_WEIGHT, 1.0);
        m.put(Param.PROMISE_EFFECT, 0.2);
        m.put(Param.LEAVE_APPROPRIATION, 0.05);
        m.put(Param.ALLIANCE_THRESHOLD, 0.6);
        m.put(Param.BETRAYAL_MULTIPLIER, 2.0);
        m.put(Param.ALLIANCE_BREAK_SHOCK, 0.3);
        m.put(Param.LEARNING_BY_DOING, 0.003);
        m.put(Param.VIABILITY_RATE, 0.05);
        m.put(Param.BENEFIT_VALUE, 0.3);
        m.put(Param.INNOVATION_VALUE, 0.3);
        m.put(Param.EXIT_THRESHOLD, 0.15);
        m.put(Param.FREEZE_APPROPRIATION, 0.2);
        m.put(Param.GOVERNED_APPROPRIATION, 0.5);
        m.put(Param.CHARTER_CONSENSUS, 0.5);
        return m;
    }

    /** Defaults overridden with the reference values; tests that need no model start from these. */
    public static Parameters referenceParameters() {
        return new Parameters(REFERENCE);
    }

    /** No cluster policy at all. */
    public static PolicySpec noPolicy() {
        return PolicySpec.none(List.of(ActorKind.SME, ActorKind.ARTISAN, ActorKind.STATE_FIRM));
    }

    /** An active actor with openness 0.5, rivalry 0.4, know-how 0.5, external 0.1, market 0.3, appropriation 0.2. */
    public Tiny actor(String name, ActorKind kind, Site site) {
        return actor(name, kind, site, true);
    }

    public Tiny actor(String name, ActorKind kind, Site site, boolean active) {
        actors.add(new ActorSpec(name, kind, site, 1, active, 0.5, 0.4, 0.5, 0.1, 0.3, 0.2, 0));
        return this;
    }

    /** A group of {@code count} identical actors named {@code name-01}, {@code name-02}, ... */
    public Tiny group(String name, ActorKind kind, Site site, int count) {
        actors.add(new ActorSpec(name, kind, site, count, true, 0.5, 0.4, 0.5, 0.1, 0.3, 0.2, 0));
        return this;
    }

    /** Both directions at exactly {@code trust}. */
    public Tiny relation(String a, String b, double trust) {
        relations.add(new RelationSpec(a, b, trust, 0, 1));
        return this;
    }

    public Tiny param(Param p, double value) {
        params.put(p, value);
        return this;
    }

    public Tiny policy(PolicySpec p) {
        policy = p;
        return this;
    }

    public Tiny event(EventSpec e) {
        events.add(e);
        return this;
    }

    public ModelConfig config() {
        return new ModelConfig(actors, relations, policy, events, new Parameters(params));
    }

    /** A model built from the configuration and started (month 0, nothing stepped yet). */
    public ClusterModel start(long seed) {
        ClusterModel m = new ClusterModel(seed, config());
        m.start();
        return m;
    }

    /** Runs {@code months} whole months. */
    public static void step(ClusterModel m, int months) {
        for (int k = 0; k < months; k++) {
            m.schedule.step(m);
        }
    }

    /** a's trust in b; fails the test if they do not know each other. */
    public static double trust(Actor a, Actor b) {
        int k = a.ties().indexOf(b.getId());
        if (k < 0) {
            throw new AssertionError(a + " does not know " + b);
        }
        return a.ties().trust(k);
    }

    /** Sets a's trust in b (they must know each other). */
    public static void setTrust(Actor a, Actor b, double value) {
        int k = a.ties().indexOf(b.getId());
        if (k < 0) {
            throw new AssertionError(a + " does not know " + b);
        }
        a.ties().setTrust(k, value);
    }
}
