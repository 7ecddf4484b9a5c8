package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clustersim.scenario.yaml.YList;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YNode;
import org.clustersim.scenario.yaml.YScalar;

/**
 * Takes removed actors out of what names them and can do without them: the relations that name
 * them (or their kind, when none of it is left), the events' actor lists (a joint venture, which
 * needs both partners, goes whole; an event left without actors goes), the policy's coordinators.
 * What cannot do without its actor (the promoter, the association, an instrument's actor) is left
 * in place, to be reported once per removal by {@link ActorTable}.
 */
final class RemovalCascade {
    private RemovalCascade() {
    }

    static YMap apply(YMap tree, List<Removal> removals, String where, EditLog log) {
        YMap out = tree;
        for (Removal r : removals) {
            Set<String> gone = r.names();
            List<String> taken = new ArrayList<>();
            if (out.get("relations") instanceof YList relations) {
                List<YNode> kept = new ArrayList<>();
                for (YNode item : relations.items()) {
                    boolean names = item instanceof YMap m && m.get("between") instanceof YList b
                            && b.items().stream().anyMatch(n -> n instanceof YScalar s && gone.contains(s.text()));
                    if (names) {
                        taken.add("relation " + EditNodes.show(((YMap) item).get("between")));
                    } else {
                        kept.add(item);
                    }
                }
                out = out.with("relations", new YList(kept, relations.position()));
            }
            if (out.get("events") instanceof YList events) {
                List<YNode> kept = new ArrayList<>();
                for (YNode item : events.items()) {
                    YNode left = withoutNames(item, "actors", gone);
                    boolean partial = left != item;
                    boolean whole = partial && (isType(item, "joint_venture") || emptyList((YMap) left, "actors"));
                    if (partial) {
                        taken.add((whole ? "event " : "from event ") + EditNodes.show(item));
                    }
                    if (!whole) {
                        kept.add(left);
                    }
                }
                out = out.with("events", new YList(kept, events.position()));
            }
            if (out.get("policy") instanceof YMap policy) {
                YNode left = withoutNames(policy, "coordinators", gone);
                if (left != policy) {
                    taken.add("policy.coordinators " + r.ref());
                    out = out.with("policy", left);
                }
            }
            if (!taken.isEmpty()) {
                log.change(where, "actors: removing " + r.ref() + " took along " + String.join("; ", taken));
            }
        }
        return out;
    }

    /** The map with the gone names taken out of its list under {@code key}; the same map when none is there. */
    private static YNode withoutNames(YNode item, String key, Set<String> gone) {
        if (!(item instanceof YMap m) || !(m.get(key) instanceof YList list)) {
            return item;
        }
        List<YNode> kept = list.items().stream()
                .filter(n -> !(n instanceof YScalar s && gone.contains(s.text()))).toList();
        return kept.size() == list.items().size() ? item : m.with(key, new YList(kept, list.position()));
    }

    private static boolean isType(YNode item, String type) {
        return item instanceof YMap m && m.get("type") instanceof YScalar s && s.text().equals(type);
    }

    private static boolean emptyList(YMap item, String key) {
        return item.get(key) instanceof YList l && l.items().isEmpty();
    }
}
