package org.clustersim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.clustersim.model.Param;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.Suggestions;
import org.clustersim.scenario.yaml.YMap;

/**
 * Reads {@code uncertain:}, the parameters a sensitivity analysis varies, each with
 * {@code {min, max}} inside the parameter's own range, min below max. Also read by the
 * calibration file, whose prior is such a block.
 */
public final class UncertainBinder {
    static final Set<String> RANGE_KEYS = Set.of("min", "max");

    private UncertainBinder() {
    }

    /** The ranges in file order; each problem goes to {@code problems}. */
    public static Map<Param, Scenario.Range> bind(YMap map, Problems problems) {
        Map<Param, Scenario.Range> out = new LinkedHashMap<>();
        if (map == null) {
            return out;
        }
        for (YMap.Entry e : map.entries()) {
            Param p = find(e.key());
            if (p == null) {
                problems.add(e.keyPosition(), "unknown parameter '" + e.key() + "' in uncertain"
                        + Suggestions.hint(e.key(), ParametersBinder.keys()));
                continue;
            }
            YMap range = Nodes.asMap(e.value(), problems, "the range of '" + e.key() + "' ({min, max})");
            if (range == null) {
                continue;
            }
            Fields f = new Fields(range, problems, "the range of '" + e.key() + "'");
            f.checkKeys(RANGE_KEYS);
            double min = f.doubleValue("min", p.min(), p.min(), p.max());
            double max = f.doubleValue("max", p.max(), p.min(), p.max());
            if (!(min < max)) {
                problems.add(range.position(), "the range of '" + e.key() + "' needs min < max, got " + min + " and " + max);
                continue;
            }
            out.put(p, new Scenario.Range(min, max));
        }
        return out;
    }

    private static Param find(String key) {
        for (Param p : Param.values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }
}
