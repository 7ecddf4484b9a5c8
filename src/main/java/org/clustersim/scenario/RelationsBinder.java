package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clustersim.model.RelationSpec;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.YList;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YNode;

/**
 * Reads the {@code relations:} list: {@code between: [a, b]} names two actors, groups or
 * kinds; {@code trust} is required; {@code spread} (default 0.1) and {@code density}
 * (default 1) are optional.
 */
final class RelationsBinder {
    static final Set<String> KEYS = Set.of("between", "trust", "spread", "density");
    static final double DEFAULT_SPREAD = 0.1;
    /** Directed ties the initial relations may create: about 30 bytes each, so 0.6 GB of a 2 GB heap. */
    static final long MAX_TIES = 20_000_000;

    private RelationsBinder() {
    }

    static List<RelationSpec> bind(YList list, ActorTable actors, int scale, Problems problems) {
        List<RelationSpec> out = new ArrayList<>();
        double ties = 0;
        for (YMap item : Nodes.maps(list, problems, "a relation")) {
            Fields f = new Fields(item, problems, "relation");
            f.checkKeys(KEYS);
            YNode between = item.get("between");
            List<String> names = Nodes.strings(between, problems, "between");
            if (between == null) {
                problems.add(item.position(), "missing required key 'between' in relation");
                continue;
            }
            if (names.size() != 2) {
                problems.add(between.position(), "'between' needs exactly two names, got " + names.size());
                continue;
            }
            for (String n : names) {
                actors.checkGroupOrKind(n, between.position(), problems, "relation");
            }
            if (item.get("trust") == null) {
                problems.add(item.position(), "missing required key 'trust' in relation");
            }
            RelationSpec r = new RelationSpec(names.get(0), names.get(1), f.doubleValue("trust", 0.5, 0, 1),
                    f.doubleValue("spread", DEFAULT_SPREAD, 0, 1), f.doubleValue("density", 1, 0, 1));
            // Two directed ties per related pair; a set related to itself has n(n-1)/2 pairs.
            double from = actors.size(r.from());
            double pairs = r.from().equals(r.to()) ? from * (from - 1) / 2 : from * actors.size(r.to());
            // At scale k there are k^2 times the pairs, each related with density / k.
            ties += 2 * pairs * r.density() * scale;
            out.add(r);
        }
        if (ties > MAX_TIES) {
            problems.add(list.position(), String.format(java.util.Locale.ROOT, "the relations would create up to %.0f"
                    + " ties (about %.0f MB of memory); the limit is %d: lower 'density' or the group sizes",
                    ties, ties * 30 / 1e6, MAX_TIES));
        }
        return out;
    }
}
