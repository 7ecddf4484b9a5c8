package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.clustersim.scenario.yaml.YList;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YNode;
import org.clustersim.scenario.yaml.YScalar;

/** Shape checks and short renderings shared by the population edits. */
final class EditNodes {
    private EditNodes() {
    }

    /** The node as a list (a single item counts as a list of one); null when absent. */
    static YList list(YNode node, EditLog log, String what) {
        if (node == null) {
            return null;
        }
        if (node instanceof YList l) {
            return l;
        }
        if (node instanceof YScalar s && s.isNull()) {
            log.problems().add(node.position(), "'" + what + "' needs a list");
            return null;
        }
        return new YList(List.of(node), node.position());
    }

    /** The names of a list of names (or of one name), reporting anything else. */
    static List<YScalar> names(YNode node, EditLog log, String what) {
        List<YScalar> out = new ArrayList<>();
        YList l = list(node, log, what);
        for (YNode item : l == null ? List.<YNode>of() : l.items()) {
            if (item instanceof YScalar s && !s.isNull()) {
                out.add(s);
            } else {
                log.problems().add(item.position(), "expected a name in " + what + ", got " + item.describe());
            }
        }
        return out;
    }

    /** A value as a scenario author writes it: a scalar's text, a list as {@code [a, b]}. */
    static String show(YNode node) {
        if (node instanceof YScalar s) {
            return s.isNull() ? "~" : s.text();
        }
        if (node instanceof YList l) {
            return l.items().stream().map(EditNodes::show).collect(Collectors.joining(", ", "[", "]"));
        }
        return ((YMap) node).entries().stream().map(e -> e.key() + ": " + show(e.value()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
