package org.clustersim.scenario;

import java.util.List;
import org.clustersim.scenario.yaml.Position;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YMerge;
import org.clustersim.scenario.yaml.YNode;
import org.clustersim.scenario.yaml.YScalar;

/**
 * Command-line overrides {@code --set path.to.key=value}: each becomes a one-branch mapping
 * merged over the loaded file, so it is validated like the file itself and its problems are
 * reported at "--set path=value". Values are single YAML scalars (numbers, names, true/false).
 */
final class Overrides {
    private Overrides() {
    }

    static YMap apply(YMap root, List<String> sets, Problems problems) {
        YMap result = root;
        for (String set : sets) {
            int eq = set.indexOf('=');
            Position at = new Position("--set " + set, 1, eq + 2);
            if (eq <= 0 || set.substring(0, eq).isBlank() || set.substring(0, eq).contains("..")
                    || set.startsWith(".") || set.substring(0, eq).endsWith(".")) {
                problems.add(new Position("--set " + set, 1, 1), "expected --set path.to.key=value");
                continue;
            }
            String[] path = set.substring(0, eq).split("\\.", -1);
            YNode node = new YScalar(set.substring(eq + 1).strip(), true, null, at);
            int column = eq + 1;
            for (int i = path.length - 1; i >= 0; i--) {
                column -= path[i].length();
                Position key = new Position("--set " + set, 1, column);
                node = new YMap(List.of(new YMap.Entry(path[i].strip(), key, node)), key);
                column--;
            }
            result = YMerge.merge(result, (YMap) node);
        }
        return result;
    }
}
