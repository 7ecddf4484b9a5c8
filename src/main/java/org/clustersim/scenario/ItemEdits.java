package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.YList;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YMerge;
import org.clustersim.scenario.yaml.YNode;

/**
 * Applies a {@code relations:} or {@code events:} edit to the base's list. Neither has names,
 * so an item is named by what identifies it: a relation by its pair ({@code [CCI, sme]}, in either
 * order), an event by a pattern of its fields ({@code {type: entry, actors: [UC3]}}). Then
 * {@code remove: [identity]}, {@code change: [identity with new fields]} ({@code match:} holds an
 * event's pattern), {@code add: [item]}, or {@code replace: [item]} alone. An identity that
 * matches nothing is the edit's mistake.
 */
final class ItemEdits {
    private ItemEdits() {
    }

    static YList relations(YList base, YMap edit, String where, EditLog log) {
        return apply(base, edit, where, log, "relations", "between", ItemEdits::samePair,
                new TreeSet<>(RelationsBinder.KEYS));
    }

    static YList events(YList base, YMap edit, String where, EditLog log) {
        return apply(base, edit, where, log, "events", "match", ItemEdits::fits, new TreeSet<>(EventsBinder.KEYS));
    }

    private static YList apply(YList base, YMap edit, String where, EditLog log, String key, String id,
                               BiPredicate<YMap, YNode> matches, Set<String> fields) {
        new Fields(edit, log.problems(), "the '" + key + "' edit (add, remove, change or replace)")
                .checkKeys(ActorEdits.KEYS);
        YNode replace = edit.get("replace");
        if (replace != null) {
            if (edit.keys().size() > 1) {
                log.problems().add(edit.position(), "'replace' stands alone: use add, remove and change without it");
            }
            YList list = EditNodes.list(replace, log, key + ".replace");
            log.change(where, key + ": replaced the " + base.items().size() + " by "
                    + (list == null ? 0 : list.items().size()));
            return list == null ? base : list;
        }
        List<YNode> items = new ArrayList<>(base.items());
        YList removed = EditNodes.list(edit.get("remove"), log, key + ".remove");
        for (YNode identity : removed == null ? List.<YNode>of() : removed.items()) {
            YNode pattern = identity instanceof YMap m && m.get(id) != null ? m.get(id) : identity;
            List<YNode> hit = hits(items, pattern, matches);
            if (hit.isEmpty()) {
                log.problems().add(identity.position(), "no item of '" + key + "' matches " + EditNodes.show(pattern));
            }
            items.removeAll(hit);
            hit.forEach(h -> log.change(where, key + ": removed " + EditNodes.show(h)));
        }
        YList changed = EditNodes.list(edit.get("change"), log, key + ".change");
        for (YMap change : changed == null ? List.<YMap>of() : Nodes.maps(changed, log.problems(), "a change")) {
            YNode pattern = change.get(id);
            if (pattern == null) {
                log.problems().add(change.position(), "a change of '" + key + "' says which item with '" + id + "'");
                continue;
            }
            YMap set = change.without(id);
            new Fields(set, log.problems(), "the change of " + key).checkKeys(fields);
            List<YNode> hit = hits(items, pattern, matches);
            if (hit.isEmpty()) {
                log.problems().add(pattern.position(), "no item of '" + key + "' matches " + EditNodes.show(pattern));
            }
            for (YNode h : hit) {
                items.set(items.indexOf(h), YMerge.merge((YMap) h, set));
                log.change(where, key + ": changed " + EditNodes.show(h) + " to " + EditNodes.show(set));
            }
        }
        YList added = EditNodes.list(edit.get("add"), log, key + ".add");
        for (YNode item : added == null ? List.<YNode>of() : added.items()) {
            items.add(item);
            log.change(where, key + ": added " + EditNodes.show(item));
        }
        return new YList(items, base.position());
    }

    private static List<YNode> hits(List<YNode> items, YNode pattern, BiPredicate<YMap, YNode> matches) {
        return items.stream().filter(i -> i instanceof YMap m && matches.test(m, pattern)).toList();
    }

    /** A relation whose {@code between} names the same two actors, groups or kinds, in either order. */
    private static boolean samePair(YMap relation, YNode pair) {
        List<String> a = pairOf(relation.get("between"));
        List<String> b = pairOf(pair);
        return a.size() == 2 && a.equals(b);
    }

    private static List<String> pairOf(YNode node) {
        if (!(node instanceof YList l) || l.items().size() != 2) {
            return List.of();
        }
        return l.items().stream().map(EditNodes::show).sorted().toList();
    }

    /** An event whose fields include every field of the pattern, with the same values. */
    private static boolean fits(YMap event, YNode pattern) {
        if (!(pattern instanceof YMap p) || p.entries().isEmpty()) {
            return false;
        }
        return p.entries().stream().allMatch(e -> event.get(e.key()) != null
                && EditNodes.show(event.get(e.key())).equals(EditNodes.show(e.value())));
    }
}
