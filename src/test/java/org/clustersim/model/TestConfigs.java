package org.clustersim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clustersim.model.policy.Charter;
import org.clustersim.model.policy.CharterRule;
import org.clustersim.model.policy.EventSpec;
import org.clustersim.model.policy.PolicySpec;
import org.clustersim.model.policy.Window;

/** Small hand-built configurations for tests, independent of the YAML files. */
public final class TestConfigs {
    private TestConfigs() {
    }

    public static ActorSpec actor(String name, ActorKind kind, Site site, int count) {
        return new ActorSpec(name, kind, site, count, true, 0.6, 0.3, 0.5, 0.1, 0.35, 0.3, 0.1);
    }

    /** A small mechanical cluster: ministry, CCI, association (dormant), SMEs, a state firm. */
    /** With the shipped preset of that name ("impose", "propose" or "none") and a consensus charter. */
    public static ModelConfig mechanical(String preset, int smes) {
        List<ActorSpec> actors = new ArrayList<>();
        actors.add(new ActorSpec("ministry", ActorKind.MINISTRY, Site.ALGIERS, 1, true, 0.7, 0, 0.6, 0.4, 0, 0.6, 0));
        actors.add(new ActorSpec("CCI", ActorKind.COMMERCE_CHAMBER, Site.CITY_CENTRE, 1, true, 0.8, 0, 0.5, 0.3, 0, 0.7, 0));
        actors.add(new ActorSpec("cluster", ActorKind.CLUSTER_ASSOCIATION, Site.CITY_CENTRE, 1, false, 0.8, 0, 0.5, 0.2, 0, 0.7, 0));
        actors.add(actor("sme", ActorKind.SME, Site.AIN_SMARA, smes));
        actors.add(new ActorSpec("ETRAG", ActorKind.STATE_FIRM, Site.OUED_HAMIMIME, 1, true, 0.4, 0, 0.7, 0.2, 0.6, 0.3, 0));
        actors.add(new ActorSpec("AGCO", ActorKind.FOREIGN_PARTNER, Site.ABROAD, 1, true, 0.6, 0, 0.8, 0.8, 0, 0.3, 0));
        List<RelationSpec> rel = List.of(
                new RelationSpec("ministry", "sme", 0.6, 0.1, 1.0),
                new RelationSpec("CCI", "sme", 0.7, 0.1, 1.0),
                new RelationSpec("sme", "sme", 0.35, 0.1, 0.2),
                new RelationSpec("sme", "ETRAG", 0.35, 0.1, 0.4),
                new RelationSpec("ministry", "CCI", 0.7, 0, 1.0));
        List<ActorKind> targets = List.of(ActorKind.SME, ActorKind.STATE_FIRM);
        Charter charter = new Charter(Window.from(6), CharterRule.CONSENSUS);
        PolicySpec policy = switch (preset) {
            case "impose" -> Policies.impose(6, "ministry", "cluster", List.of("CCI"), targets, charter);
            case "propose" -> Policies.propose(6, "ministry", "cluster", List.of("CCI"), targets, charter);
            default -> Policies.none(6, "ministry", "cluster", List.of("CCI"), targets, charter);
        };
        List<EventSpec> events = List.of(new EventSpec(12, org.clustersim.model.policy.EventType.JOINT_VENTURE,
                List.of("ETRAG", "AGCO")));
        return new ModelConfig(actors, rel, policy, events, new Parameters(Map.of()));
    }
}
