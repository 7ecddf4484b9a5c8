package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clustersim.scenario.yaml.Position;
import org.clustersim.scenario.yaml.YList;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YNode;
import org.clustersim.scenario.yaml.YScalar;

/**
 * A scenario file as loaded (after {@code extends} and {@code --set}, before variants, sweeps
 * and presets are expanded, which the same program version redoes identically), as plain maps,
 * lists, strings and nulls: what {@code manifest.json} embeds so that a results folder can be
 * run again without its scenario files ({@code clustersim rerun}).
 *
 * <p>Every scalar is kept as its text, which the binders parse; only a null is told apart, as
 * JSON null. A YAML tag other than {@code !!null} cannot change what a valid scenario means,
 * so it is not kept.
 */
public final class ResolvedTree {
    private ResolvedTree() {
    }

    /** The plain form of {@code node}. */
    public static Object toPlain(YNode node) {
        if (node instanceof YMap map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (YMap.Entry e : map.entries()) {
                out.put(e.key(), toPlain(e.value()));
            }
            return out;
        }
        if (node instanceof YList list) {
            List<Object> out = new ArrayList<>();
            list.items().forEach(item -> out.add(toPlain(item)));
            return out;
        }
        YScalar s = (YScalar) node;
        return s.isNull() ? null : s.text();
    }

    /**
     * The node tree of a plain form, every node placed at {@code at} (there are no lines to
     * point at); anything but maps with string keys, lists, strings and nulls is refused.
     */
    public static YNode fromPlain(Object plain, Position at) {
        if (plain == null) {
            return new YScalar("", true, null, at);
        }
        if (plain instanceof String text) {
            return new YScalar(text, false, null, at);
        }
        if (plain instanceof Map<?, ?> map) {
            List<YMap.Entry> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(new YMap.Entry(String.valueOf(k), at, fromPlain(v, at))));
            return new YMap(entries, at);
        }
        if (plain instanceof List<?> list) {
            List<YNode> items = new ArrayList<>();
            list.forEach(v -> items.add(fromPlain(v, at)));
            return new YList(items, at);
        }
        throw new IllegalArgumentException("not a resolved scenario: " + plain.getClass().getSimpleName() + " "
                + plain);
    }
}
