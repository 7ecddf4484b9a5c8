package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ActorSpec;
import org.clustersim.model.policy.EventSpec;
import org.clustersim.model.policy.EventType;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.YList;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YNode;
import org.clustersim.scenario.yaml.YScalar;

/**
 * Reads the {@code events:} list: {@code month} and {@code type} are required; a joint venture
 * names a firm and a foreign partner; entry and removal name actors. Policies (training,
 * programmes, promises) are instruments of {@code policy:}, not events.
 */
final class EventsBinder {
    static final Set<String> KEYS = Set.of("month", "type", "actors");

    private EventsBinder() {
    }

    static List<EventSpec> bind(YList list, ActorTable actors, int steps, Problems problems) {
        List<EventSpec> out = new ArrayList<>();
        for (YMap item : Nodes.maps(list, problems, "an event")) {
            Fields f = new Fields(item, problems, "event");
            f.checkKeys(KEYS);
            if (item.get("month") == null || item.get("type") == null) {
                problems.add(item.position(), "an event needs 'month' and 'type'");
                continue;
            }
            if (item.get("type") instanceof YScalar t && t.text().equals("revalue_trade")) {
                problems.add(t.position(), "revalue_trade is now an instrument: 'policy: {instruments: {vocational_training:"
                        + " {start: MONTH, effort: E, attractiveness: A}}}'");
                continue;
            }
            Nodes.requireValue(item, "month", problems, "event");
            Nodes.requireValue(item, "type", problems, "event");
            int month = f.intValue("month", 1, 1, ScenarioLoader.MAX_STEPS);
            EventType type = f.enumValue("type", EventType.class, null);
            YNode anode = item.get("actors");
            List<ActorSpec> named = new ArrayList<>();
            List<String> names = Nodes.strings(anode, problems, "actors");
            for (String n : names) {
                ActorSpec s = actors.checkSingle(n, anode.position(), problems, "event");
                if (s != null) {
                    named.add(s);
                }
            }
            if (type != null && checkActors(type, names, named, item, problems)) {
                out.add(new EventSpec(month, type, names));
            }
        }
        return out;
    }

    private static boolean checkActors(EventType type, List<String> names, List<ActorSpec> named, YMap item,
                                       Problems problems) {
        if (named.size() != names.size()) {
            return false;
        }
        YNode at = item.get("actors") == null ? item : item.get("actors");
        // A switch expression, so that a new event type without its check does not compile.
        String problem = switch (type) {
            case JOINT_VENTURE -> named.size() != 2 || !named.get(0).kind().isFirm()
                    || named.get(1).kind() != ActorKind.FOREIGN_PARTNER
                    ? "joint_venture needs 'actors: [firm, foreign partner]'" : null;
            case ENTRY, REMOVAL -> named.isEmpty()
                    ? type.name().toLowerCase() + " needs at least one actor in 'actors'" : null;
            case CUT_PIPELINES -> null;
        };
        if (problem != null) {
            problems.add(at.position(), problem);
            return false;
        }
        return true;
    }
}
