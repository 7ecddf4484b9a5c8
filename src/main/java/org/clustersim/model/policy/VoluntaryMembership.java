package org.clustersim.model.policy;

import org.clustersim.model.ClusterModel;

/**
 * Firms join on their own assessment ({@link Joining}: trust in the promoter and acquaintances
 * who joined, against a threshold of their own, Granovetter 1978) and may leave; the association
 * forms once a share {@code criticalMass} of the target firms has opted in
 * ({@link AssociationFormation}; Oliver, Marwell and Teixeira 1985). What the paper observed in
 * the mechanical cluster: "leaving us free to take the decision that suited us best".
 *
 * @param window       months in force
 * @param criticalMass share of target firms that must have joined for the association to form
 */
public record VoluntaryMembership(Window window, double criticalMass) implements Instrument {
    public static final double CRITICAL_MASS_DEFAULT = 0.3;

    public VoluntaryMembership {
        Instrument.share("critical_mass", criticalMass);
    }

    @Override
    public VoluntaryMembership withWindow(Window w) { return new VoluntaryMembership(w, criticalMass); }

    @Override
    public String key() { return "voluntary_membership"; }

    @Override
    public boolean launchesProject() { return true; }

    @Override
    public void act(ClusterModel m, PolicyAgent agent) {
        Joining.apply(m, m.policy());
        AssociationFormation.formAtCriticalMass(m, m.policy(), criticalMass);
    }

    @Override
    public String describe() {
        return "voluntary membership, association at a critical mass of " + criticalMass;
    }
}
