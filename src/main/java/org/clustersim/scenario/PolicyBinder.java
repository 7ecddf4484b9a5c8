package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clustersim.model.ActorKind;
import org.clustersim.model.policy.Awareness;
import org.clustersim.model.policy.Instrument;
import org.clustersim.model.policy.PolicySpec;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YNode;

/**
 * Reads the {@code policy:} mapping: who promotes, embodies and coordinates the cluster, which
 * firms it targets, a {@code preset} and the {@code instruments} ({@link Presets},
 * {@link InstrumentsBinder}). Without it the scenario has no cluster policy. Targets default to
 * every kind of local firm. Keys of the former single switch are refused with what replaces them.
 */
final class PolicyBinder {
    static final Set<String> KEYS = Set.of("preset", "start", "promoter", "association", "coordinators", "targets",
            "instruments");
    /** Keys of the former design, each with what replaces it. */
    private static final Map<String, String> REPLACED = Map.of(
            "mode", "'mode' was replaced by 'preset' (none, propose or impose), which expands into instruments;"
                    + " write for example 'preset: propose'",
            "charter", "'charter' is now an instrument: write 'instruments: {charter: {rule: consensus}}'"
                    + " (or rule: scheduled, start: MONTH)",
            "charter_month", "'charter_month' is now the charter instrument's 'start':"
                    + " 'instruments: {charter: {rule: scheduled, start: MONTH}}'");

    private PolicyBinder() {
    }

    static PolicySpec bind(YMap map, ActorTable actors, int steps, Problems problems) {
        if (map == null) {
            return PolicySpec.none(defaultTargets());
        }
        Fields f = new Fields(map, problems, "policy");
        List<YMap.Entry> replaced = map.entries().stream().filter(e -> REPLACED.containsKey(e.key())).toList();
        replaced.forEach(e -> problems.add(e.keyPosition(), REPLACED.get(e.key())));
        YMap rest = map;
        for (YMap.Entry e : replaced) {
            rest = rest.without(e.key());
        }
        new Fields(rest, problems, "policy").checkKeys(KEYS);
        String preset = f.string("preset", null);
        int start = f.intValue("start", 1, 1, ScenarioLoader.MAX_STEPS);
        String promoter = single(f, map, "promoter", actors, problems);
        String association = single(f, map, "association", actors, problems);
        List<String> coordinators = new ArrayList<>();
        YNode cnode = map.get("coordinators");
        for (String c : Nodes.strings(cnode, problems, "coordinators")) {
            if (actors.checkSingle(c, cnode.position(), problems, "policy.coordinators") != null) {
                coordinators.add(c);
            }
        }
        List<ActorKind> targets = targets(map.get("targets"), problems);
        YNode at = map.get("preset") != null ? map.get("preset") : map;
        YMap merged = Presets.expand(preset, at, f.map("instruments"), problems);
        List<Instrument> instruments = InstrumentsBinder.bind(merged, start, actors, problems);
        boolean sessions = instruments.stream().anyMatch(i -> i instanceof Awareness);
        if (sessions && promoter == null && map.get("promoter") == null) {
            problems.add(at.position(), "awareness sessions need a 'promoter' (who holds them)");
        }
        return new PolicySpec(preset, start, promoter, association, coordinators, targets, instruments);
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
