package org.clustersim.model;

/**
 * What the policy instruments in force set for the current month, the only view of the policy
 * that the rules read: the intensity of control and of voice, whether partners are assigned,
 * whether membership is compulsory, and a training policy if there is one. The
 * policy agent rebuilds it at the start of every month from the instruments whose window holds
 * that month; when two instruments of one kind overlap, the stronger counts.
 */
public final class PolicyInForce {
    private double control;
    private double voice;
    private boolean assignedPartners;
    private boolean decree;
    private double trainingEffort = Double.NaN;
    private double tradeAttractiveness = Double.NaN;

    /** Forgets last month's instruments. */
    public void clear() {
        control = 0;
        voice = 0;
        assignedPartners = false;
        decree = false;
        trainingEffort = Double.NaN;
        tradeAttractiveness = Double.NaN;
    }

    public void addControl(double intensity) { control = Math.max(control, intensity); }

    public void addVoice(double intensity) { voice = Math.max(voice, intensity); }

    public void assignPartners() { assignedPartners = true; }

    public void enforceDecree() { decree = true; }

    public void train(double effort, double attractiveness) {
        trainingEffort = Double.isNaN(trainingEffort) ? effort : Math.max(trainingEffort, effort);
        tradeAttractiveness = Double.isNaN(tradeAttractiveness) ? attractiveness
                : Math.max(tradeAttractiveness, attractiveness);
    }

    /** Intensity of control over members, 0 when no control instrument is in force. */
    public double control() { return control; }

    /** Intensity of members' voice in decisions, 0 when none. */
    public double voice() { return voice; }

    /** Whether meetings pair members regardless of trust. */
    public boolean assignedPartners() { return assignedPartners; }

    /** Whether membership is compulsory for target firms. */
    public boolean decree() { return decree; }

    /** Training effort set by a vocational training instrument, or {@code baseline} without one. */
    public double trainingEffort(double baseline) {
        return Double.isNaN(trainingEffort) ? baseline : trainingEffort;
    }

    /** Trade attractiveness set by a vocational training instrument, or {@code baseline} without one. */
    public double tradeAttractiveness(double baseline) {
        return Double.isNaN(tradeAttractiveness) ? baseline : tradeAttractiveness;
    }
}
