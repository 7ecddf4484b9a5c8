package org.clustersim.scenario;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clustersim.metrics.Metrics;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.ScalarValues;
import org.clustersim.scenario.yaml.Suggestions;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YNode;

/**
 * Reads the keys of a scenario that concern its reports: {@code start: YYYY-MM} and
 * {@code smallest_effects: {metric: value}} (a standard metric and a non-negative number).
 */
final class PresentationBinder {
    /** Largest smallest effect accepted: a count metric (active firms) may need a few units. */
    static final double MAX_SMALLEST_EFFECT = 1e6;

    private PresentationBinder() {
    }

    static YearMonth start(Fields f, YMap root, Problems problems) {
        String text = f.string("start", null);
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(root.get("start").position(), "'start' must be a year and month such as 2011-01, got '"
                    + text + "'");
            return null;
        }
    }

    static Map<String, Double> smallestEffects(YMap map, Problems problems) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (map == null) {
            return out;
        }
        for (YMap.Entry e : map.entries()) {
            if (!Metrics.names().contains(e.key())) {
                problems.add(e.keyPosition(), "unknown metric '" + e.key() + "' in smallest_effects"
                        + Suggestions.hint(e.key(), Metrics.names()));
                continue;
            }
            YNode value = e.value();
            out.put(e.key(), ScalarValues.toDouble(value, e.key(), 0, MAX_SMALLEST_EFFECT, 0, problems));
        }
        return out;
    }
}
