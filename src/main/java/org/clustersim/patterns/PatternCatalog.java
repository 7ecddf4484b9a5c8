package org.clustersim.patterns;

import static org.clustersim.model.ActorKind.ARTISAN;
import static org.clustersim.patterns.Pattern.Kind.HYPOTHESIS;
import static org.clustersim.patterns.Pattern.Kind.OBSERVED;
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
 * The stylized facts of docs/validation.md with their checks. One parameter set for all: the
 * files differ only in structure (which cluster) and policy (the variants).
 */
public final class PatternCatalog {
    private PatternCatalog() {
    }

    public static List<Pattern> all() {
        return List.of(
                new Pattern(HYPOTHESIS, "P1", "propose beats impose", "patterns/p1-impose-vs-propose.yaml", List.of(
                        Difference.greater("appropriation", "propose", "impose"),
                        Difference.greater("mean_trust", "propose", "impose"),
                        Difference.greater("cooperation_rate", "propose", "impose"),
                        Difference.greater("cohesion", "propose", "impose"),
                        Difference.greater("strong_tie_density", "propose", "impose"),
                        Difference.greaterAt("tie_density", "impose", "propose", 36))),
                new Pattern(HYPOTHESIS, "P2", "local buzz, global pipelines", "patterns/p2-pipelines.yaml", List.of(
                        Difference.greater("innovation", "pipelines", "cut"),
                        new RelativeDrop("innovation", "cohesion", "pipelines", "cut"))),
                new Pattern(OBSERVED, "P3", "brokers (mechanical: CCI)", "patterns/p3-brokers-mecanique.yaml", List.of(
                        new Majority("coordinator_top_broker", "with_broker"),
                        Difference.greater("cohesion", "with_broker", "without_broker"),
                        Difference.greater("information_access", "with_broker", "without_broker"))),
                new Pattern(OBSERVED, "P3", "brokers (copper: CAM, UNIDO)", "patterns/p3-brokers-dinanderie.yaml", List.of(
                        new Majority("coordinator_top_broker", "with_brokers"),
                        Difference.greater("cohesion", "with_brokers", "without_brokers"),
                        Difference.greater("information_access", "with_brokers", "without_brokers"))),
                new Pattern(OBSERVED, "P4", "turnover of local officials", "patterns/p4-turnover.yaml", List.of(
                        Difference.greater("local_authority_trust", "long_terms", "short_terms"),
                        Difference.moreVolatile("local_authority_trust", "short_terms", "long_terms", 12),
                        new RelativeDrop("local_authority_trust", "cohesion", "long_terms", "short_terms"))),
                new Pattern(HYPOTHESIS, "P5", "coopetition and the charter", "patterns/p5-charter.yaml", List.of(
                        Difference.greater("rival_trust", "charter", "no_charter"),
                        new Change("rival_trust", "no_charter", 0, -1, false))),
                new Pattern(HYPOTHESIS, "P6", "haste", "patterns/p6-haste.yaml", List.of(
                        Difference.greater("alliances_broken", "hasty", "patient"),
                        Difference.greater("appropriation", "patient", "hasty"),
                        Difference.greater("mean_trust", "patient", "hasty"),
                        new StageShare(2, "patient", "hasty"))),
                new Pattern(HYPOTHESIS, "P7", "transmission of know-how", "patterns/p7-transmission.yaml", List.of(
                        new Change("know_how", "weak_training", 0, -1, false),
                        Difference.greater("know_how", "revalued", "weak_training"))),
                new Pattern(OBSERVED, "P8", "relations (mechanical)", "patterns/p8-relations-mecanique.yaml", List.of(
                        new PairContrast("baseline", pairs(SME, COMMERCE_CHAMBER, SME, MINISTRY, STATE_FIRM,
                                FOREIGN_PARTNER, COMMERCE_CHAMBER, MINISTRY, STATE_FIRM, UNIVERSITY),
                                pairs(SME, SME, COMMERCE_CHAMBER, OTHER_CLUSTER, SME, VOCATIONAL_TRAINING,
                                        SME, LOCAL_AUTHORITY)))),
                new Pattern(OBSERVED, "P8", "relations (copper)", "patterns/p8-relations-dinanderie.yaml", List.of(
                        new PairContrast("baseline", pairs(CRAFTS_CHAMBER, INTERNATIONAL_AGENCY, ARTISANS_ASSOCIATION,
                                CRAFTS_CHAMBER, ARTISANS_ASSOCIATION, INTERNATIONAL_AGENCY),
                                pairs(ARTISAN, ARTISAN, ARTISAN, VOCATIONAL_TRAINING, ARTISAN, LOCAL_AUTHORITY,
                                        ARTISAN, UNIVERSITY)))));
    }

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
