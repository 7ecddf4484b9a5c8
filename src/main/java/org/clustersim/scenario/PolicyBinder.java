package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clustersim.model.ActorKind;
import org.clustersim.model.policy.CharterRule;
import org.clustersim.model.policy.PolicyMode;
import org.clustersim.model.policy.PolicySpec;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YNode;

/**
 * Reads the {@code policy:} mapping. Without it the scenario has no cluster policy
 * ({@code mode: none}). Targets default to every kind of local firm.
 */
final class PolicyBinder {
    static final Set<String> KEYS = Set.of("mode", "start", "promoter", "association", "coordinators", "targets",
            "charter", "charter_month");

    private PolicyBinder() {
    }

    static PolicySpec bind(YMap map, ActorTable actors, int steps, Problems problems) {
        if (map == null) {
            return new PolicySpec(PolicyMode.NONE, 1, null, null, List.of(), defaultTargets(), CharterRule.NONE, 0);
        }
        Fields f = new Fields(map, problems, "policy");
        f.checkKeys(KEYS);
        PolicyMode mode = f.enumValue("mode", PolicyMode.class, PolicyMode.NONE);
        int start = f.intValue("start", 1, 1, ScenarioLoader.MAX_STEPS);
        String promoter = single(f, map, "promoter", actors, problems);
        String association = single(f, map, "association", actors, problems);
        if (mode == PolicyMode.PROPOSE && promoter == null && map.get("promoter") == null) {
            problems.add(map.position(), "policy mode 'propose' needs a 'promoter' (who runs awareness sessions)");
        }
        List<String> coordinators = new ArrayList<>();
        YNode cnode = map.get("coordinators");
        for (String c : Nodes.strings(cnode, problems, "coordinators")) {
            if (actors.checkSingle(c, cnode.position(), problems, "policy.coordinators") != null) {
                coordinators.add(c);
            }
        }
        List<ActorKind> targets = targets(map.get("targets"), problems);
        CharterRule charter = f.enumValue("charter", CharterRule.class, CharterRule.NONE);
        int charterMonth = f.intValue("charter_month", 0, 0, Integer.MAX_VALUE);
        if (charter == CharterRule.SCHEDULED && map.get("charter_month") == null) {
            problems.add(map.position(), "charter 'scheduled' needs a 'charter_month'");
        }
        return new PolicySpec(mode, start, promoter, association, coordinators, targets, charter, charterMonth);
    }

    private static String single(Fields f, YMap map, String key, ActorTable actors, Problems problems) {
        String name = f.string(key, null);
        if (name != null && actors.checkSingle(name, map.get(key).position(), problems, "policy." + key) == null) {
            return null;
        }
        return name;
    }

    private static List<ActorKind> targets(YNode node, Problems problems) {
        if (node == null) {
            return defaultTargets();
        }
        List<ActorKind> out = new ArrayList<>();
        for (String key : Nodes.strings(node, problems, "targets")) {
            ActorKind kind = null;
            for (ActorKind k : ActorKind.values()) {
                if (k.key().equals(key)) {
                    kind = k;
                }
            }
            if (kind == null || !kind.isFirm()) {
                problems.add(node.position(), "targets must be kinds of local firm (artisan, sme, state_firm), got '"
                        + key + "'");
            } else {
                out.add(kind);
            }
        }
        return out;
    }

    private static List<ActorKind> defaultTargets() {
        List<ActorKind> all = new ArrayList<>();
        for (ActorKind k : ActorKind.values()) {
            if (k.isFirm()) {
                all.add(k);
            }
        }
        return all;
    }
}
