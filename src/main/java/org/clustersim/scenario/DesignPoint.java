package org.clustersim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clustersim.format.Num;
import org.clustersim.scenario.yaml.Position;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YScalar;

/**
 * One point of a sweep: parameter values that override the scenario's. Its label, appended to
 * each variant's name, reads like {@code [trust_gain=0.03;alliance_threshold=0.3]}, so that the
 * tidy outputs keep one {@code variant} column and the point stays readable in charts.
 *
 * @param values      parameter key to value, in the sweep's order
 * @param at          where the sweep was declared, for error positions
 * @param description what the point stands for (a listed point's {@code description:}), or null
 */
public record DesignPoint(Map<String, Double> values, Position at, String description) {
    /** The single point of a scenario without sweep. */
    public static final DesignPoint NONE = new DesignPoint(Map.of(), Position.of("none"), null);

    /** A point without description. */
    public DesignPoint(Map<String, Double> values, Position at) {
        this(values, at, null);
    }

    public DesignPoint {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String label() {
        if (values.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("[");
        values.forEach((k, v) -> sb.append(sb.length() > 1 ? ";" : "").append(k).append('=').append(Num.format(v)));
        return sb.append(']').toString();
    }

    /** The override tree {@code parameters: {key: value, ...}}. */
    YMap overrides() {
        List<YMap.Entry> entries = values.entrySet().stream()
                .map(e -> new YMap.Entry(e.getKey(), at, new YScalar(Num.format(e.getValue()), true, null, at)))
                .toList();
        return new YMap(List.of(new YMap.Entry("parameters", at, new YMap(entries, at))), at);
    }
}
