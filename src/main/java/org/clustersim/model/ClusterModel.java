package org.clustersim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.clustersim.model.policy.PolicyAgent;
import org.clustersim.model.policy.PolicySpec;
import org.clustersim.model.policy.StageRule;
import org.clustersim.model.rules.Interactions;
import org.clustersim.model.rules.MonthlyUpdate;
import sim.engine.RandomSequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON model of a Constantine cluster: one step is one month. {@link #start()} builds the
 * population from a {@link ModelConfig} and schedules, in this order within each month:
 * policy and events ({@link #ORDER_POLICY}), each actor's encounters in a random order drawn
 * afresh every month ({@link #ORDER_ACTORS}, one MASON RandomSequence of all actors, which costs
 * O(n) a month where n repeating schedule entries would cost O(n log n)), the individual updates
 * ({@link #ORDER_UPDATE}), the derived stage ({@link #ORDER_STAGE}), then observers.
 * Randomness comes only from {@link SimState#random}, seeded by the caller.
 */
public class ClusterModel extends SimState {
    public static final int ORDER_POLICY = 0;
    public static final int ORDER_ACTORS = 1;
    public static final int ORDER_UPDATE = 2;
    public static final int ORDER_STAGE = 3;
    /**
     * Observers that need a place on the model's schedule come after everything else in a month
     * (the headless runner records metrics between steps instead). Each ordering holds one entry,
     * so an observer added here cannot change the order in which actors act.
     */
    public static final int ORDER_OBSERVERS = 10;

    private ModelConfig config;
    private Parameters params;
    private PolicySpec policy;
    private final PolicyInForce inForce = new PolicyInForce();
    private final List<Actor> actors = new ArrayList<>();
    /** Any actor's tie table by id, for {@link Ties#unlink}. */
    private final IntFunction<Ties> tables = id -> actors.get(id).ties();
    private final Map<Site, List<Actor>> bySite = new EnumMap<>(Site.class);
    private final List<Actor> members = new ArrayList<>();
    /** Read-only views made once: the hot loops ask for them for every actor. */
    private final List<Actor> actorsView = Collections.unmodifiableList(actors);
    private final List<Actor> membersView = Collections.unmodifiableList(members);
    private final Map<String, Actor> byName = new java.util.HashMap<>();
    private final Map<String, List<Actor>> byGroup = new java.util.HashMap<>();
    private final List<String> log = new ArrayList<>();
    private final Roster roster = new Roster();
    /** Every actor, stepped once a month in a fresh random order (MASON's RandomSequence). */
    private RandomSequence actorPhase = new RandomSequence(new Steppable[0], false);
    private ClusterState cluster = new ClusterState();
    private int initialFirms;
    /**
     * The month, read from the schedule when it begins: MASON's getTime() takes a lock, and the
     * rules ask for the month in their hot loops.
     */
    private int month;
    private double[] scratch = new double[16];
    private final double[] proximityRow = new double[Site.values().length];

    public ClusterModel(long seed, ModelConfig config) {
        super(seed);
        // MersenneTwisterFast(long) keeps only the low 32 bits; seed it with all 64.
        random.setSeed(new int[] {(int) seed, (int) (seed >>> 32)});
        this.config = config;
        this.params = config.parameters();
        this.policy = config.policy();
    }

    /**
     * Replaces the configuration the next {@link #start()} builds from (the GUI does this when
     * a lever changed before a restart).
     */
    public void reconfigure(ModelConfig newConfig) {
        this.config = newConfig;
    }


    @Override
    public void start() {
        super.start();
        params = config.parameters();
        policy = config.policy();
        actors.clear();
        bySite.clear();
        members.clear();
        byName.clear();
        byGroup.clear();
        roster.clear();
        log.clear();
        cluster = new ClusterState();
        inForce.clear();
        month = 0;
        // Added actors join the sequence when it next steps: entrants act from the next month.
        actorPhase = new RandomSequence(new Steppable[0], false);
        new PopulationBuilder(this).build(config.actors(), config.relations());
        PolicyAgent.install(this, policy);
        initialFirms = (int) actors.stream().filter(a -> a.getKind().isFirm() && a.isActive()).count();
        schedule.scheduleRepeating(1.0, ORDER_POLICY, new PolicyAgent(config.events()), 1.0);
        schedule.scheduleRepeating(1.0, ORDER_ACTORS, actorPhase, 1.0);
        schedule.scheduleRepeating(1.0, ORDER_UPDATE, (Steppable) s -> MonthlyUpdate.apply(this), 1.0);
        schedule.scheduleRepeating(1.0, ORDER_STAGE, (Steppable) s -> StageRule.apply(this), 1.0);
    }

    /** Adds a new actor, schedules it, and returns it (used at build time and for entrants). */
    public Actor addActor(String name, String group, ActorKind kind, Site site) {
        Actor a = new Actor(actors.size(), name, group, kind, site, roster);
        actors.add(a);
        actorPhase.addSteppable(a);
        bySite.computeIfAbsent(site, s -> new ArrayList<>()).add(a);
        byName.put(name, a);
        byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(a);
        return a;
    }

    /** Makes two actors acquainted with the given trust each way, if they are not already. */
    public void connect(Actor a, Actor b, double trustAB, double trustBA) {
        if (a != b && a.ties().indexOf(b.getId()) < 0) {
            link(a, b, trustAB, trustBA);
        }
    }

    /** Makes two strangers acquainted (the caller checks) and returns the tie's index in a's table. */
    public int link(Actor a, Actor b, double trustAB, double trustBA) {
        return Ties.link(a.ties(), a.getId(), b.ties(), b.getId(), trustAB, trustBA);
    }

    /** Forgets the tie between two actors, both ways. */
    public void disconnect(Actor a, Actor b) {
        int k = a.ties().indexOf(b.getId());
        if (k >= 0) {
            Ties.unlink(a.ties(), k, b.ties(), tables);
        }
    }

    /** One month of an actor's own activity (its Steppable calls this). */
    void act(Actor a) {
        Interactions.act(this, a);
    }

    /** Adds to or removes from the members list when an actor's membership changes. */
    public void setMembership(Actor a, Membership m) {
        boolean was = a.isMember();
        a.setMembership(m);
        if (was && !m.isMember()) {
            members.remove(a);
        } else if (!was && m.isMember()) {
            members.add(a);
        }
    }

    /** The current month: 1 during the first step, 0 before it. */
    public int month() { return month; }

    /** Whether the cluster project is under way, which raises the stakes of rivalry. */
    public boolean projectUnderway() {
        return cluster.isLaunched();
    }

    /** What the policy instruments in force set this month (rebuilt by the policy agent). */
    public PolicyInForce inForce() { return inForce; }

    /**
     * The copy among {@code copies} (a single declared actor's {@link #group}) in the district of
     * {@code near}, or null when there is none: the actor itself at scale 1. Under {@code scale}
     * this is how each firm finds its own promoter and association, as close to it as at scale 1.
     */
    public static Actor local(List<Actor> copies, Actor near) {
        return copies.isEmpty() ? null : copies.get(Math.min(near.getDistrict(), copies.size()) - 1);
    }

    /** Writes a line to the run's log (policy events, lever changes). */
    public void log(String message) {
        log.add("month " + month() + ": " + message);
    }

    /** A reusable buffer with one slot per {@link Site}, for partner choice. */
    public double[] proximityRow() {
        return proximityRow;
    }

    /** A reusable scratch buffer of at least {@code n} doubles, so that hot loops do not allocate. */
    public double[] scratch(int n) {
        if (scratch.length < n) {
            scratch = new double[Math.max(n, scratch.length * 2)];
        }
        return scratch;
    }

    public ModelConfig config() { return config; }
    /** The policy in force: the scenario's, unless a lever changed it during the run. */
    public PolicySpec policy() { return policy; }

    /** Changes the policy from the next month on (a lever), and logs it. */
    public void setPolicy(PolicySpec newPolicy) {
        log("policy changed: " + (newPolicy.instruments().isEmpty() ? "no instrument"
                : String.join(", ", newPolicy.instruments().stream().map(i -> i.key()).toList())));
        policy = newPolicy;
    }
    /** The parameters in use: a copy of the scenario's, which the GUI's levers change between steps. */
    public Parameters params() { return params; }
    public ClusterState cluster() { return cluster; }
    public List<Actor> actors() { return actorsView; }
    public Actor actor(int id) { return actors.get(id); }
    /** Per-actor flags in primitive arrays, for loops over ties (see {@link Roster}). */
    public Roster roster() { return roster; }
    public Actor actorNamed(String name) { return byName.get(name); }
    /**
     * The actors of a group in order of creation: a declared group, or the copies of a single
     * actor under the {@code scale} parameter (just that actor at scale 1).
     */
    public List<Actor> group(String name) { return name == null ? List.of() : byGroup.getOrDefault(name, List.of()); }
    public List<Actor> actorsAt(Site site) { return bySite.getOrDefault(site, List.of()); }
    public List<Actor> members() { return membersView; }
    public List<String> log() { return Collections.unmodifiableList(log); }
    public int initialFirms() { return initialFirms; }

    /** Mean appropriation of the current members, 0 when there are none. */
    public double meanMemberAppropriation() {
        double sum = 0;
        for (Actor a : members) {
            sum += a.getAppropriation();
        }
        return members.isEmpty() ? 0 : sum / members.size();
    }

    /** Resets the counters of the month; called by the policy agent at the month's start. */
    public void beginMonth() {
        month = (int) Math.max(0, schedule.getTime());
        cluster.resetMonth();
        for (Actor a : actors) {
            a.encounters = 0;
            a.mutualCooperations = 0;
        }
    }

    /** Records one encounter's outcome for both actors. */
    public void recordEncounter(Actor i, Actor j, boolean ci, boolean cj) {
        cluster.recordDecision(ci);
        cluster.recordDecision(cj);
        i.encounters++;
        j.encounters++;
        if (ci && cj) {
            i.mutualCooperations++;
            j.mutualCooperations++;
        }
    }
}
