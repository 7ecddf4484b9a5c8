package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.YList;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YNode;
import org.clustersim.scenario.yaml.YScalar;

/** Small shape checks shared by the binders, each reporting a problem at the node. */
final class Nodes {
    private Nodes() {
    }

    /** Reports a required key that is absent or written as null ({@code kind: ~}). */
    static void requireValue(YMap map, String key, Problems problems, String what) {
        YNode value = map.get(key);
        if (value == null) {
            problems.add(map.position(), "missing required key '" + key + "' in " + what);
        } else if (value instanceof YScalar s && s.isNull()) {
            problems.add(value.position(), "'" + key + "' needs a value");
        }
    }

    /** The node as a mapping, or null after reporting what was expected. */
    static YMap asMap(YNode node, Problems problems, String what) {
        if (node instanceof YMap m) {
            return m;
        }
        problems.add(node.position(), "expected a mapping for " + what + ", got " + node.describe());
        return null;
    }

    /** The mappings of a list, skipping (and reporting) items of another shape. */
    static List<YMap> maps(YList list, Problems problems, String what) {
        List<YMap> out = new ArrayList<>();
        if (list != null) {
            for (YNode item : list.items()) {
                YMap m = asMap(item, problems, what);
                if (m != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** The texts of a list of plain scalars; a single scalar counts as a list of one. */
    static List<String> strings(YNode node, Problems problems, String what) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        List<YNode> items = node instanceof YList l ? l.items() : List.of(node);
        for (YNode item : items) {
            if (item instanceof YScalar s && !s.isNull()) {
                out.add(s.text());
            } else {
                problems.add(item.position(), "expected a name in " + what + ", got " + item.describe());
            }
        }
        return out;
    }
}
