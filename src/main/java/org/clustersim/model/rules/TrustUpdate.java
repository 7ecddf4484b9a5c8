package org.clustersim.model.rules;

import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.Ties;

/**
 * How i's trust in j changes after seeing j cooperate or defect: slow to build, quick to lose
 * (the asymmetry principle, Slovic 1993), with a lasting scar (Klos and Nooteboom 2001;
 * Gorobets and Nooteboom 2006). After cooperation {@code T += trust_gain * (c - T)}, where c is
 * the tie's ceiling; after a defection {@code T -= min(1, trust_loss * m) * T} and
 * {@code c -= scar * c}, where m is the betrayal multiplier (1 outside alliances).
 */
public final class TrustUpdate {
    private TrustUpdate() {
    }

    /** Applies the update to the tie at {@code index} of {@code ties}. */
    public static void observe(Parameters p, Ties ties, int index, boolean cooperated, double lossMultiplier) {
        double t = ties.trust(index);
        if (cooperated) {
            double c = ties.ceiling(index);
            if (t < c) {
                ties.setTrust(index, t + p.get(Param.TRUST_GAIN) * (c - t));
            }
        } else {
            double loss = Math.min(1.0, p.get(Param.TRUST_LOSS) * lossMultiplier);
            ties.setTrust(index, t - loss * t);
            double c = ties.ceiling(index);
            ties.setCeiling(index, c - p.get(Param.SCAR) * c);
        }
    }
}
