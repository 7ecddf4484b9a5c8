package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.Position;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.Suggestions;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YNode;
import org.clustersim.scenario.yaml.YScalar;
import org.clustersim.stats.FactorialDesign;

/**
 * Reads {@code factorial:}: {@code factors}, a mapping from an instrument's key to its fields
 * when present (the high level; absent is the low level), and an optional {@code resolution}
 * (3, 4 or 5) for a regular fraction instead of the full design (Montgomery 2013, table 8.14).
 * Each row becomes the override {@code policy: {instruments: {KEY: FIELDS or false, ...}}} of one
 * variant, merged over the experiment's base like any variant.
 */
final class FactorialBinder {
    static final Set<String> KEYS = Set.of("factors", "resolution");

    /** The plan and each row's override tree, in the design's order. */
    record Bound(FactorialPlan plan, Map<String, YMap> rows) {
    }

    private FactorialBinder() {
    }

    static Bound bind(YMap map, Problems problems) {
        Fields f = new Fields(map, problems, "factorial");
        f.checkKeys(KEYS);
        YMap factors = f.map("factors");
        int resolution = f.intValue("resolution", 0, 3, 5);
        List<String> names = new ArrayList<>();
        List<YNode> highs = new ArrayList<>();
        for (YMap.Entry e : factors == null ? List.<YMap.Entry>of() : factors.entries()) {
            if (!InstrumentsBinder.FIELDS.containsKey(e.key())) {
                problems.add(e.keyPosition(), "unknown instrument '" + e.key() + "' in factorial.factors"
                        + Suggestions.hint(e.key(), InstrumentsBinder.FIELDS.keySet()));
                continue;
            }
            names.add(e.key());
            highs.add(e.value());
        }
        if (names.size() < FactorialDesign.MIN_FACTORS || names.size() > FactorialDesign.MAX_FACTORS) {
            problems.add(factors == null ? map.position() : factors.position(), "a factorial needs between "
                    + FactorialDesign.MIN_FACTORS + " and " + FactorialDesign.MAX_FACTORS + " instruments under 'factors', got "
                    + names.size());
            return new Bound(FactorialPlan.NONE, Map.of());
        }
        FactorialDesign design;
        try {
            design = resolution == 0 ? FactorialDesign.full(names.size()) : FactorialDesign.fractional(names.size(), resolution);
        } catch (IllegalArgumentException ex) {
            problems.add(map.get("resolution").position(), ex.getMessage());
            return new Bound(FactorialPlan.NONE, Map.of());
        }
        FactorialPlan plan = new FactorialPlan(names, design);
        Map<String, YMap> rows = new LinkedHashMap<>();
        Position at = map.position();
        List<String> variants = plan.variants();
        for (int r = 0; r < design.runs(); r++) {
            List<YMap.Entry> instruments = new ArrayList<>();
            for (int k = 0; k < names.size(); k++) {
                YNode value = design.level(r, k) > 0 ? highs.get(k) : new YScalar("false", true, null, at);
                instruments.add(new YMap.Entry(names.get(k), at, value));
            }
            YMap policy = new YMap(List.of(new YMap.Entry("instruments", at, new YMap(instruments, at))), at);
            rows.put(variants.get(r), new YMap(List.of(new YMap.Entry("policy", at, policy)), at));
        }
        return new Bound(plan, rows);
    }
}
