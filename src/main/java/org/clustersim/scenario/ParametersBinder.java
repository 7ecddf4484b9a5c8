package org.clustersim.scenario;

import java.util.LinkedHashSet;
import java.util.Set;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.YMap;

/**
 * Reads the {@code parameters:} mapping: any {@link Param} by its key, checked against its
 * range; the rest keep their defaults. Misspelt keys get a suggestion.
 */
final class ParametersBinder {
    private ParametersBinder() {
    }

    static Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Param p : Param.values()) {
            keys.add(p.key());
        }
        return keys;
    }

    static Parameters bind(YMap map, Problems problems) {
        Parameters params = new Parameters();
        if (map == null) {
            return params;
        }
        Fields f = new Fields(map, problems, "parameters");
        f.checkKeys(keys());
        for (Param p : Param.values()) {
            double v = p.isInteger()
                    ? f.intValue(p.key(), (int) p.defaultValue(), (int) p.min(), (int) p.max())
                    : f.doubleValue(p.key(), p.defaultValue(), p.min(), p.max());
            params.set(p, v);
        }
        if (params.get(Param.JOIN_THRESHOLD_MIN) > params.get(Param.JOIN_THRESHOLD_MAX)) {
            problems.add(map.position(), "join_threshold_min must not exceed join_threshold_max");
        }
        return params;
    }
}
