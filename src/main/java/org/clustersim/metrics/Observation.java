package org.clustersim.metrics;

import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Roster;
import org.clustersim.model.Ties;

/**
 * What the metrics read at the end of a month: the model and the measures shared by several
 * metrics, each computed once: sums over active actors, O(n), at once; sums over ties and the
 * strong-tie graph, O(E) and more, when a network metric first asks for them, so that months
 * which hold the network metrics ({@code observe_every}) skip them.
 */
public final class Observation {
    private final ClusterModel model;
    /** Built when a network metric first asks for it: months that hold those metrics skip it. */
    private NetworkMeasures network;
    private boolean tiesSummed;
    private double trustSum;
    private long ties;
    private double rivalTrustSum;
    private long rivalTies;
    private double authorityTrustSum;
    private long authorityTies;
    private int activeActors;
    private int firms;
    private double firmAppropriation;
    private double firmExternal;
    private double firmKnowHow;
    private int firmMembers;

    public Observation(ClusterModel model) {
        this.model = model;
        sumActors();
    }

    private void sumActors() {
        for (Actor a : model.actors()) {
            if (!a.isActive()) {
                continue;
            }
            activeActors++;
            if (a.getKind().isFirm()) {
                firms++;
                firmAppropriation += a.getAppropriation();
                firmExternal += a.getExternal();
                firmKnowHow += a.getKnowHow();
                firmMembers += a.isMember() ? 1 : 0;
            }
        }
    }

    /** The sums over every tie, O(E): done when a metric first needs them, as the network is. */
    private void sumTies() {
        if (tiesSummed) {
            return;
        }
        tiesSummed = true;
        Roster r = model.roster();
        for (Actor a : model.actors()) {
            if (!a.isActive()) {
                continue;
            }
            Ties t = a.ties();
            for (int k = 0; k < t.size(); k++) {
                int b = t.partner(k);
                if (!r.isActive(b)) {
                    continue;
                }
                double v = t.trust(k);
                trustSum += v;
                ties++;
                ActorKind kind = r.kind(b);
                if (a.getKind().isRival() && a.getKind() == kind) {
                    rivalTrustSum += v;
                    rivalTies++;
                }
                if (kind == ActorKind.LOCAL_AUTHORITY) {
                    authorityTrustSum += v;
                    authorityTies++;
                }
            }
        }
    }

    public ClusterModel model() { return model; }
    public NetworkMeasures network() {
        if (network == null) {
            network = NetworkMeasures.of(model, model.params().get(Param.STRONG_TIE),
                    model.params().getInt(Param.BETWEENNESS_PIVOTS));
        }
        return network;
    }
    public int activeActors() { return activeActors; }

    /** Number of active firms. */
    public int firms() { return firms; }

    /** Mean appropriation of active firms (0 without firms). */
    public double firmAppropriation() { return firms == 0 ? 0 : firmAppropriation / firms; }

    /** Mean external knowledge of active firms (0 without firms). */
    public double firmExternal() { return firms == 0 ? 0 : firmExternal / firms; }

    /** Share of active firms that are members of the cluster (0 without firms). */
    public double firmMembers() { return firms == 0 ? 0 : (double) firmMembers / firms; }

    /** Total know-how of active firms per firm present at the start. */
    public double knowHowPerInitialFirm() {
        return model.initialFirms() == 0 ? 0 : firmKnowHow / model.initialFirms();
    }

    /** Mean know-how of the active firms: a rate, where the stock per initial firm also counts exits. */
    public double knowHowPerFirm() {
        return firms == 0 ? 0 : firmKnowHow / firms;
    }

    /** Mean directed trust over ties between active actors (0 when there are none). */
    public double meanTrust() {
        sumTies();
        return ties == 0 ? 0 : trustSum / ties;
    }

    /** Directed ties between active actors per ordered pair of active actors. */
    public double tieDensity() {
        sumTies();
        return activeActors < 2 ? 0 : ties / ((double) activeActors * (activeActors - 1));
    }

    /** Mean trust between same-market rivals (artisans among themselves, SMEs among themselves). */
    public double rivalTrust() {
        sumTies();
        return rivalTies == 0 ? 0 : rivalTrustSum / rivalTies;
    }

    /** Mean trust others place in the local authority. */
    public double localAuthorityTrust() {
        sumTies();
        return authorityTies == 0 ? 0 : authorityTrustSum / authorityTies;
    }
}
