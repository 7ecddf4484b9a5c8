package org.clustersim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One actor of the cluster: a firm, an institution or an outside partner. Its state follows the
 * model brief (openness, appropriation, knowledge, rivalry, viability, directed trust); what it
 * does each month is in {@link #step}, and the rules it applies live in {@code model.rules}.
 * Getters are JavaBean properties so that MASON's inspector shows them.
 */
public final class Actor implements Steppable {
    private final int id;
    private final String name;
    private final String group;
    private final ActorKind kind;
    private final Site site;
    private final Ties ties = new Ties();
    /** The model's arrays of per-actor flags: whether this actor is active lives there only. */
    private final Roster roster;

    private double openness;
    private double rivalry;
    private double knowHow;
    private double external;
    private double market;
    private double viability;
    private double appropriation;
    private double benefit;
    private double joinThreshold;
    private boolean pipeline;
    private boolean informed;
    private boolean apprentice;
    private boolean coordinator;
    private boolean assignedPartners;
    /** Perceived autonomy in taking part, NaN while not a member (rules.PerceivedAutonomy). */
    private double autonomy = Double.NaN;
    private double feltControl;
    /** Which copy of the declared cluster this actor belongs to under {@code scale}; 1 at scale 1. */
    private int district = 1;
    private Membership membership = Membership.NONE;
    /** Partners in current alliances (a firm has at most a few), so a check costs O(1). */
    private Actor[] allies = new Actor[0];
    private int allyCount;

    /** Counters of the current month, reset by the model at its start. */
    int encounters;
    int mutualCooperations;

    Actor(int id, String name, String group, ActorKind kind, Site site, Roster roster) {
        this.id = id;
        this.roster = roster;
        roster.add(id, kind, site);
        this.name = name;
        this.group = group;
        this.kind = kind;
        this.site = site;
        this.pipeline = kind.isPipeline();
    }

    @Override
    public void step(SimState state) {
        if (isActive()) {
            ((ClusterModel) state).act(this);
        }
    }

    public int getId() { return id; }
    public String getName() { return name; }
    public String getGroup() { return group; }
    public ActorKind getKind() { return kind; }
    public Site getSite() { return site; }
    public Ties ties() { return ties; }

    public double getOpenness() { return openness; }
    public void setOpenness(double v) { openness = v; }
    public double getRivalry() { return rivalry; }
    public void setRivalry(double v) { rivalry = v; }
    public double getKnowHow() { return knowHow; }
    public void setKnowHow(double v) { knowHow = v; }
    public double getExternal() { return external; }
    public void setExternal(double v) { external = v; }
    public double getMarket() { return market; }
    public void setMarket(double v) { market = v; }
    public double getViability() { return viability; }
    public void setViability(double v) { viability = v; }
    public double getAppropriation() { return appropriation; }
    public void setAppropriation(double v) { appropriation = v; }
    /** Smoothed share of recent encounters that ended in mutual cooperation. */
    public double getBenefit() { return benefit; }
    public void setBenefit(double v) { benefit = v; }
    public double getJoinThreshold() { return joinThreshold; }
    public void setJoinThreshold(double v) { joinThreshold = v; }
    /** True while this actor draws knowledge from outside the cluster. */
    public boolean isPipeline() { return pipeline; }
    public void setPipeline(boolean v) { pipeline = v; }
    /** Held in the roster only, which the loops over ties read. */
    public boolean isActive() { return roster.isActive(id); }
    public void setActive(boolean v) { roster.setActive(id, v); }
    public boolean isInformed() { return informed; }
    public void setInformed(boolean v) { informed = v; }
    public boolean isApprentice() { return apprentice; }
    public void setApprentice(boolean v) { apprentice = v; }
    /** Coordinators broker: they host meetings and introduce their contacts to each other. */
    public boolean isCoordinator() { return coordinator; }
    public void setCoordinator(boolean v) { coordinator = v; }
    /** Whether partners were assigned to this member ({@code assigned_partners}). */
    public boolean hasAssignedPartners() { return assignedPartners; }
    public void setAssignedPartners(boolean v) { assignedPartners = v; }
    public Membership getMembership() { return membership; }
    /** Joining or leaving starts perceived autonomy afresh: it is set when next updated. */
    public void setMembership(Membership m) {
        if (m.isMember() != membership.isMember()) {
            autonomy = Double.NaN;
            feltControl = 0;
            assignedPartners = false;
        }
        membership = m;
        roster.setMember(id, m.isMember());
    }
    /** Whether this member chose to join (voluntary) rather than being enrolled. */
    public boolean choseToJoin() { return membership == Membership.VOLUNTARY; }
    /** Perceived autonomy in taking part, 0..1 (NaN for a non-member, or a member not yet updated). */
    public double getAutonomy() { return autonomy; }
    public void setAutonomy(double v) { autonomy = v; }
    /** Control felt this month: the control in force, discounted by trust in the authority. */
    public double getFeltControl() { return feltControl; }
    public void setFeltControl(double v) { feltControl = v; }
    /** Which copy of the declared cluster the actor belongs to under {@code scale} (1 at scale 1). */
    public int getDistrict() { return district; }
    /** Set when the actor is created (by the population builder, or from an apprentice's master). */
    public void setDistrict(int d) { district = d; }
    public boolean isMember() { return membership.isMember(); }
    /** Number of current alliances. */
    public int getAllies() { return allyCount; }

    /** Whether a current alliance binds this actor to {@code other}. */
    public boolean isAlliedWith(Actor other) {
        for (int k = 0; k < allyCount; k++) {
            if (allies[k] == other) {
                return true;
            }
        }
        return false;
    }

    /** Records a new alliance with {@code other} (the alliance rules call this for both). */
    public void addAlly(Actor other) {
        if (allyCount == allies.length) {
            allies = java.util.Arrays.copyOf(allies, allyCount + 2);
        }
        allies[allyCount++] = other;
    }

    /** Forgets one current alliance with {@code other}. */
    public void removeAlly(Actor other) {
        for (int k = 0; k < allyCount; k++) {
            if (allies[k] == other) {
                allies[k] = allies[--allyCount];
                allies[allyCount] = null;
                return;
            }
        }
    }
    public int getEncounters() { return encounters; }
    public int getMutualCooperations() { return mutualCooperations; }

    /** Leaves the simulation for good (exit, retirement, removal): an inactive actor does nothing. */
    public void retire() {
        setActive(false);
    }

    @Override
    public String toString() { return name; }
}
