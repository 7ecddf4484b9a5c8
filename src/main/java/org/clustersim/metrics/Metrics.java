package org.clustersim.metrics;

import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;

/**
 * The standard metrics, in the order of the CSV columns. The first eleven are the product's
 * named metrics; the others serve the stylized facts (P1-P8). Formulas are in docs/ODD.md.
 */
public final class Metrics {
    private static final List<Metric> STANDARD = List.of(
            new Metric("cooperation_rate", true, "cooperative decisions / decisions in the month",
                    o -> nanToZero(o.model().cluster().cooperationRate())),
            new Metric("mean_trust", true, "mean directed trust over ties between active actors", Observation::meanTrust, true),
            new Metric("strong_tie_density", true, "2E/(n(n-1)) of the strong-tie graph", o -> o.network().density(), true),
            new Metric("clustering_coefficient", true, "average local clustering of the strong-tie graph",
                    o -> o.network().clustering(), true),
            new Metric("largest_component_share", true, "share of active actors in the largest strong-tie component",
                    o -> o.network().largestComponentShare(), true),
            new Metric("cohesion", true, "(largest_component_share + clustering_coefficient + mean_trust) / 3",
                    Metrics::cohesion, true),
            new Metric("information_access", true, "share of active firms reachable from a hub along trusted ties",
                    o -> InformationAccess.share(o.model(), o.model().params().get(Param.INFO_TIE)), true),
            new Metric("appropriation", true, "mean appropriation of active firms",
                    Observation::firmAppropriation),
            new Metric("innovation", true, "mean external knowledge of active firms",
                    Observation::firmExternal),
            new Metric("active_firms", false, "number of active firms", Observation::firms),
            new Metric("stage", false, "0 spontaneous, 1 organised, 2 governed, 3 frozen",
                    o -> o.model().cluster().stage().code()),
            new Metric("tie_density", true, "directed ties per ordered pair of active actors", Observation::tieDensity, true),
            new Metric("members", true, "share of active firms that are members of the cluster",
                    Observation::firmMembers),
            new Metric("member_appropriation", true, "mean appropriation of members",
                    o -> o.model().meanMemberAppropriation()),
            new Metric("member_autonomy", true, "mean perceived autonomy of members (0 when there are none)",
                    Metrics::memberAutonomy),
            new Metric("formed", false, "1 once the cluster structure has formed, else 0",
                    o -> o.model().cluster().isFormed() ? 1 : 0),
            new Metric("rival_trust", true, "mean trust between same-market rivals", Observation::rivalTrust, true),
            new Metric("local_authority_trust", true, "mean trust placed in the local authority",
                    Observation::localAuthorityTrust, true),
            new Metric("know_how", false, "total know-how of active firms per initial firm",
                    Observation::knowHowPerInitialFirm),
            new Metric("coordinator_brokerage", true, "mean normalised betweenness of the coordinators",
                    Metrics::coordinatorBrokerage, true),
            new Metric("coordinator_top_broker", true, "1 when a coordinator has the highest betweenness, else 0",
                    Metrics::coordinatorTopBroker, true),
            new Metric("alliances_broken", false, "alliances broken by a defection so far",
                    o -> o.model().cluster().alliancesBroken()),
            new Metric("alliance_break_rate", true, "alliances broken so far / alliances formed so far (0 before any)",
                    Metrics::breakRate),
            new Metric("know_how_per_firm", true, "mean know-how of active firms",
                    Observation::knowHowPerFirm));

    private Metrics() {
    }

    public static List<Metric> standard() { return STANDARD; }

    public static List<String> names() {
        return STANDARD.stream().map(Metric::name).toList();
    }

    /** Every standard metric of the model as it is now. */
    public static double[] observe(ClusterModel m) {
        return observe(m, null);
    }

    /**
     * The standard metrics of the model as it is now, except that the network metrics are
     * copied from {@code held} when it is not null: a month between two observations of the
     * network (the {@code observe_every} parameter) holds their last observed values.
     */
    public static double[] observe(ClusterModel m, double[] held) {
        Observation o = new Observation(m);
        double[] row = new double[STANDARD.size()];
        for (int k = 0; k < row.length; k++) {
            Metric metric = STANDARD.get(k);
            row[k] = held != null && metric.network() ? held[k] : metric.value(o);
        }
        return row;
    }

    /** Whether month {@code step} of a run of {@code steps} observes the network metrics. */
    public static boolean observesNetwork(int step, int steps, int every) {
        return step % every == 0 || step == steps;
    }

    static double cohesion(Observation o) {
        NetworkMeasures n = o.network();
        return (n.largestComponentShare() + n.clustering() + o.meanTrust()) / 3.0;
    }

    private static double coordinatorBrokerage(Observation o) {
        double sum = 0;
        int n = 0;
        for (Actor a : o.model().actors()) {
            if (a.isActive() && a.isCoordinator()) {
                sum += o.network().betweenness(a.getId());
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static double coordinatorTopBroker(Observation o) {
        double best = 0;
        boolean coordinatorBest = false;
        for (Actor a : o.model().actors()) {
            if (!a.isActive()) {
                continue;
            }
            double s = o.network().betweenness(a.getId());
            if (s > best) {
                best = s;
                coordinatorBest = a.isCoordinator();
            } else if (s == best && a.isCoordinator()) {
                coordinatorBest = true;
            }
        }
        return best > 0 && coordinatorBest ? 1 : 0;
    }

    /** A rate, not a count: how many alliances break depends on how many form (H4). */
    private static double breakRate(Observation o) {
        int formed = o.model().cluster().alliancesFormed();
        return formed == 0 ? 0 : (double) o.model().cluster().alliancesBroken() / formed;
    }

    private static double memberAutonomy(Observation o) {
        double sum = 0;
        int n = 0;
        for (Actor a : o.model().members()) {
            if (a.isActive() && !Double.isNaN(a.getAutonomy())) {
                sum += a.getAutonomy();
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
