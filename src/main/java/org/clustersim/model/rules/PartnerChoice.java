package org.clustersim.model.rules;

import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.Roster;
import org.clustersim.model.Site;
import org.clustersim.model.Ties;

/**
 * Whom an actor meets. With probability {@code discovery_probability} it meets someone new at
 * its own site; otherwise it picks an acquaintance j with weight
 * {@code (0.05 + T_ij) * g(d_ij) * (1 + o_ij)}: existing trust (Granovetter 1973; Klos and
 * Nooteboom 2001), geographic proximity {@code g = 1/(1 + d/d0)} and organised proximity
 * {@code o_ij = organised_proximity} between members of the formed cluster (Rallet and Torre
 * 2004; Boschma 2005). The 0.05 keeps distrusted acquaintances reachable.
 * Cost: O(degree).
 */
public final class PartnerChoice {
    static final double BASE_WEIGHT = 0.05;
    private static final int DISCOVERY_TRIES = 4;
    private static final Site[] SITES = Site.values();

    private PartnerChoice() {
    }

    /** Geographic proximity between two sites, in (0, 1]. */
    public static double geographic(Site a, Site b, double d0) {
        return 1.0 / (1.0 + a.distanceTo(b) / d0);
    }

    /**
     * The actor met by chance at i's site, when this encounter seeks one (always for an actor who
     * knows nobody, otherwise with probability {@code discovery_probability}); it may be an
     * acquaintance already. Null when the encounter does not seek one or finds nobody; an actor
     * with acquaintances then meets one of them ({@link #acquaintance}).
     */
    public static Actor byChance(ClusterModel m, Actor i) {
        if (i.ties().size() == 0 || m.random.nextDouble() < m.params().get(Param.DISCOVERY_PROBABILITY)) {
            return discover(m, i);
        }
        return null;
    }

    /**
     * The acquaintance met, as its index in i's tie table (so that the encounter need not look
     * the tie up again), or -1 when no active acquaintance is left.
     */
    public static int acquaintance(ClusterModel m, Actor i) {
        Parameters p = m.params();
        Ties t = i.ties();
        double[] w = m.scratch(t.size());
        double d0 = p.get(Param.DISTANCE_SCALE);
        double organised = m.cluster().isFormed() && i.isMember() ? p.get(Param.ORGANISED_PROXIMITY) : 0;
        Roster r = m.roster();
        // Proximity from i's site to each site, so that the loop over ties divides nothing.
        double[] g = m.proximityRow();
        for (Site s : SITES) {
            g[s.ordinal()] = geographic(i.getSite(), s, d0);
        }
        double total = 0;
        for (int k = 0; k < t.size(); k++) {
            int j = t.partner(k);
            double wk = 0;
            if (r.isActive(j)) {
                wk = (BASE_WEIGHT + t.trust(k)) * g[r.siteOrdinal(j)] * (1 + (r.isMember(j) ? organised : 0));
            }
            w[k] = wk;
            total += wk;
        }
        if (total <= 0) {
            return -1;
        }
        double u = m.random.nextDouble() * total;
        for (int k = 0; k < t.size(); k++) {
            u -= w[k];
            if (u < 0 && w[k] > 0) {
                return k;
            }
        }
        return lastPositive(t, w);
    }

    private static int lastPositive(Ties t, double[] w) {
        for (int k = t.size() - 1; k >= 0; k--) {
            if (w[k] > 0) {
                return k;
            }
        }
        return -1;
    }

    /** Someone active at the same site, met by chance; null after a few failed tries. */
    static Actor discover(ClusterModel m, Actor i) {
        List<Actor> here = m.actorsAt(i.getSite());
        for (int attempt = 0; attempt < DISCOVERY_TRIES; attempt++) {
            Actor j = here.get(m.random.nextInt(here.size()));
            if (j != i && j.isActive()) {
                return j;
            }
        }
        return null;
    }
}
