package org.clustersim.patterns;

import static org.clustersim.model.ActorKind.ARTISAN;
import static org.clustersim.patterns.Share.Cond.AT_LEAST;
import static org.clustersim.patterns.Share.Cond.OTHER_THAN;
import static org.clustersim.model.ActorKind.ARTISANS_ASSOCIATION;
import static org.clustersim.model.ActorKind.COMMERCE_CHAMBER;
import static org.clustersim.model.ActorKind.CRAFTS_CHAMBER;
import static org.clustersim.model.ActorKind.FOREIGN_PARTNER;
import static org.clustersim.model.ActorKind.INTERNATIONAL_AGENCY;
import static org.clustersim.model.ActorKind.LOCAL_AUTHORITY;
import static org.clustersim.model.ActorKind.MINISTRY;
import static org.clustersim.model.ActorKind.OTHER_CLUSTER;
import static org.clustersim.model.ActorKind.SME;
import static org.clustersim.model.ActorKind.STATE_FIRM;
import static org.clustersim.model.ActorKind.UNIVERSITY;
import static org.clustersim.model.ActorKind.VOCATIONAL_TRAINING;

import java.util.ArrayList;
import java.util.List;
import org.clustersim.model.ActorKind;

/**
 * The catalogue of docs/validation.md §3, in two parts (model brief, "What the paper observed,
 * and what it only hypothesises"). Observed patterns (O) are calibration targets: each check
 * names its mechanism and has a knock-out run without it, in which it must fail. Hypotheses (H)
 * are experiments whose results are reported whichever way they come out. One parameter set for
 * all: the files differ only in structure (which cluster) and policy (the variants). Months count
 * from January 2011 (mechanical) and January 2008 (copper), as in the scenarios.
 */
public final class PatternCatalog {
    /** Smallest difference of interest on a 0..1 metric (trust, shares, appropriation): two points. */
    static final double SMALL = 0.02;
    /** Smallest contrast of interest between tie strengths: a tenth of the trust scale. */
    static final double TIE_CONTRAST = 0.1;
    /** Smallest difference of interest between relative drops or shares of runs: ten points. */
    static final double TEN_POINTS = 0.1;
    /** October 2017 in the mechanical scenario (month 0 = January 2011). */
    static final int OCTOBER_2017 = 81;
    /** January 2017 in the copper scenario (month 0 = January 2008). */
    static final int YEAR_2017 = 108;

    private static final String NO_COORDINATION = "parameters.meetings_per_month=0";
    private static final String NO_INTRODUCTIONS = "parameters.introductions_per_month=0";
    /** The suffix of a variant run from flattened initial trust (every relation at 0.45). */
    private static final String FLAT = "_flattened";

    private PatternCatalog() {
    }

    public static List<Pattern> all() {
        List<Pattern> all = new ArrayList<>(observed());
        all.addAll(hypotheses());
        return all;
    }

    /** O1-O7: what the paper reports happened. */
    public static List<Pattern> observed() {
        return List.of(
                Pattern.observed("O1", "the mechanical association, chosen after the trainings",
                        "patterns/o1-association.yaml",
                        List.of(Share.most("formed", "baseline", OCTOBER_2017, AT_LEAST, 1, "the association exists")),
                        List.of(Knockout.of(0, "awareness trainings (awareness instrument)",
                                "policy.instruments.awareness=false"))),
                Pattern.observed("O2", "the copper cluster organised, not governed", "patterns/o2-organised.yaml",
                        List.of(Share.most("formed", "baseline", YEAR_2017, AT_LEAST, 1, "the cluster is organised"),
                                Share.most("stage", "baseline", YEAR_2017, OTHER_THAN, 2, "it is not governed")),
                        List.of(Knockout.of(0, "voluntary joining (voluntary_membership instrument)",
                                        "policy.instruments.voluntary_membership=false"),
                                Knockout.of(1, "no charter of shared rules (a charter adopted at month 61 instead)",
                                        "policy.instruments.charter.rule=scheduled",
                                        "policy.instruments.charter.start=61"))),
                relations("mechanical", "patterns/o3-relations-mecanique.yaml", MECHANICAL_STRONG, MECHANICAL_WEAK),
                relations("copper", "patterns/o3-relations-dinanderie.yaml", COPPER_STRONG, COPPER_WEAK),
                brokers("mechanical: CCI", "patterns/o4-brokers-mecanique.yaml", "with_broker", "without_broker"),
                brokers("copper: CAM, UNIDO", "patterns/o4-brokers-dinanderie.yaml", "with_brokers", "without_brokers"),
                Pattern.observed("O5", "weak, fragile ties to the local authority", "patterns/o5-local-authority.yaml",
                        List.of(Difference.greater("local_authority_trust", "long_terms", "short_terms", SMALL),
                                new RelativeDrop("local_authority_trust", "cohesion", "long_terms", "short_terms",
                                        TEN_POINTS)),
                        List.of(Knockout.of(0, "a successor breaks its predecessor's promises (promise instrument)",
                                        "policy.instruments.promise=false"),
                                Knockout.of(1, "a successor breaks its predecessor's promises (promise instrument)",
                                        "policy.instruments.promise=false"))),
                Pattern.observed("O6", "artisan rivalry brought to the front by the project", "patterns/o6-rivalry.yaml",
                        List.of(Difference.greater("rival_trust", "no_project", "project", SMALL)),
                        List.of(Knockout.of(0, "the project raises the stakes of rivalry (project_stakes = 1)",
                                "parameters.project_stakes=1"))),
                Pattern.observed("O7", "few young people enter the trade", "patterns/o7-training.yaml",
                        List.of(new Change("active_firms", "baseline", 0, -1, false, 6)),
                        List.of(Knockout.of(0, "entry limited by training and the trade's attractiveness (both 1)",
                                "parameters.training_effort=1", "parameters.trade_attractiveness=1"))));
    }

    /** H1-H5: what the paper argues; never calibration targets. */
    public static List<Pattern> hypotheses() {
        return List.of(
                Pattern.hypothesis("H1", "propose beats impose", "patterns/h1-impose-vs-propose.yaml", List.of(
                        Difference.greater("appropriation", "propose", "impose", SMALL),
                        Difference.greater("mean_trust", "propose", "impose", SMALL),
                        Difference.greater("cooperation_rate", "propose", "impose", SMALL),
                        Difference.greater("cohesion", "propose", "impose", SMALL),
                        Difference.greater("strong_tie_density", "propose", "impose", SMALL),
                        Difference.greaterAt("tie_density", "impose", "propose", 36, SMALL))),
                Pattern.hypothesis("H2", "local buzz, global pipelines", "patterns/h2-pipelines.yaml", List.of(
                        Difference.greater("innovation", "pipelines", "cut", SMALL),
                        new RelativeDrop("innovation", "cohesion", "pipelines", "cut", TEN_POINTS))),
                Pattern.hypothesis("H3", "the charter lets artisan trust grow", "patterns/h3-charter.yaml", List.of(
                        Difference.greater("rival_trust", "charter", "no_charter", SMALL))),
                Pattern.hypothesis("H4", "haste", "patterns/h4-haste.yaml", List.of(
                        Difference.greater("alliance_break_rate", "hasty", "patient", TEN_POINTS),
                        Difference.greater("appropriation", "patient", "hasty", SMALL),
                        Difference.greater("mean_trust", "patient", "hasty", SMALL),
                        new StageShare(2, "patient", "hasty", TEN_POINTS))),
                Pattern.hypothesis("H5", "revaluing the trade keeps know-how", "patterns/h5-transmission.yaml", List.of(
                        Difference.greater("know_how_per_firm", "revalued", "weak_training", SMALL),
                        Difference.greater("active_firms", "revalued", "weak_training", 6))));
    }

    /** O3: the paper's relation tables, and what the dynamics add to them. */
    private static Pattern relations(String cluster, String file, List<ActorKind[]> strong, List<ActorKind[]> weak) {
        return Pattern.observed("O3", "relations (" + cluster + ")", file,
                List.of(new PairContrast("tables", strong, weak, TIE_CONTRAST),
                        new PairContrast("flattened", strong, weak, TIE_CONTRAST)),
                List.of(Knockout.instead(0, "the paper's initial tie strengths (every initial trust 0.45)",
                                new PairContrast("flattened", strong, weak, TIE_CONTRAST)),
                        Knockout.of(1, "who is inclined to cooperate: own appropriation and rivalry",
                                "parameters.coop_appropriation_weight=0", "parameters.coop_rivalry_weight=0")));
    }

    /**
     * O4: without a coordinator, cohesion and information access are lower. Knock-out: the same
     * contrast from flattened initial trust, with meetings and introductions off.
     */
    private static Pattern brokers(String title, String file, String with, String without) {
        String mechanism = "the coordinator's strong initial ties and its meetings and introductions";
        List<String> off = List.of(NO_COORDINATION, NO_INTRODUCTIONS);
        return Pattern.observed("O4", "brokers (" + title + ")", file,
                List.of(Difference.greater("cohesion", with, without, SMALL),
                        Difference.greater("information_access", with, without, SMALL)),
                List.of(new Knockout(0, mechanism, off, Difference.greater("cohesion", with + FLAT, without + FLAT, SMALL)),
                        new Knockout(1, mechanism, off,
                                Difference.greater("information_access", with + FLAT, without + FLAT, SMALL))));
    }

    private static final List<ActorKind[]> MECHANICAL_STRONG = pairs(SME, COMMERCE_CHAMBER, SME, MINISTRY, STATE_FIRM,
            FOREIGN_PARTNER, COMMERCE_CHAMBER, MINISTRY, STATE_FIRM, UNIVERSITY);
    private static final List<ActorKind[]> MECHANICAL_WEAK = pairs(SME, SME, COMMERCE_CHAMBER, OTHER_CLUSTER, SME,
            VOCATIONAL_TRAINING, SME, LOCAL_AUTHORITY);
    private static final List<ActorKind[]> COPPER_STRONG = pairs(CRAFTS_CHAMBER, INTERNATIONAL_AGENCY,
            ARTISANS_ASSOCIATION, CRAFTS_CHAMBER, ARTISANS_ASSOCIATION, INTERNATIONAL_AGENCY);
    private static final List<ActorKind[]> COPPER_WEAK = pairs(ARTISAN, ARTISAN, ARTISAN, VOCATIONAL_TRAINING,
            ARTISAN, LOCAL_AUTHORITY, ARTISAN, UNIVERSITY);

    /** Both directions of each consecutive pair of kinds. */
    private static List<ActorKind[]> pairs(ActorKind... kinds) {
        List<ActorKind[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < kinds.length; i += 2) {
            out.add(new ActorKind[] {kinds[i], kinds[i + 1]});
            out.add(new ActorKind[] {kinds[i + 1], kinds[i]});
        }
        return out;
    }
}
