package org.clustersim.model.policy;

import org.clustersim.model.ClusterModel;
import org.clustersim.model.PolicyInForce;

/**
 * One policy instrument of a scenario: what a public actor does, when, to whom and how hard.
 * Instruments combine freely; "impose", "propose" and "none" are only presets of them (see
 * {@code scenarios/policies/}). Rules never read a preset's name: the policy agent adds each
 * instrument in force to the month's {@link PolicyInForce}, which the rules read, and lets it act.
 * Each instrument is a record that checks its fields in its constructor; a new one is a new record
 * here, and the compiler lists what it must provide.
 */
public sealed interface Instrument permits Awareness, VoluntaryMembership, Decree, AssignedPartners, Control,
        Voice, Charter, Promise, Programme, VocationalTraining {

    /** The months in force. */
    Window window();

    /** The same instrument over other months (a lever that ends it early). */
    Instrument withWindow(Window w);

    /** Its key under {@code policy.instruments} in a scenario file. */
    String key();

    /**
     * Whether it launches the cluster project (which raises the stakes of rivalry from then on):
     * instruments that address the firms do; those that act on members, or on training, do not.
     */
    default boolean launchesProject() {
        return false;
    }

    /** Adds what it sets while in force to the month's snapshot; called only in its window. */
    default void enforce(PolicyInForce f) {
    }

    /** Acts on the model at the start of a month in its window, after every instrument is enforced. */
    default void act(ClusterModel m, PolicyAgent agent) {
    }

    /** Acts once in the month after the window ends (a programme's actors leave, a charter lapses). */
    default void expire(ClusterModel m) {
    }

    /** A one-line description for {@code validate} and the manifest. */
    String describe();

    /** Checks a share in [0, 1] (an intensity, a probability). */
    static double share(String what, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1, got " + v);
        }
        return v;
    }

    /** Checks a whole number at least {@code min}. */
    static int atLeast(String what, int v, int min) {
        if (v < min) {
            throw new IllegalArgumentException(what + " must be at least " + min + ", got " + v);
        }
        return v;
    }
}
