package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.Suggestions;
import org.clustersim.scenario.yaml.YList;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YMerge;
import org.clustersim.scenario.yaml.YNode;
import org.clustersim.scenario.yaml.YScalar;

/**
 * Applies an {@code actors:} edit to the base's list: {@code remove: [name, group or kind]},
 * then {@code change: {name, group or kind: {field: value}}}, then {@code add: [actor, ...]};
 * or {@code replace: [actor, ...]} alone, which says that the whole list is replaced. A name
 * that matches nothing is the edit's mistake, reported at the name with the names it could be.
 */
final class ActorEdits {
    static final Set<String> KEYS = Set.of("add", "remove", "change", "replace");

    private ActorEdits() {
    }

    static YList apply(YList base, YMap edit, String where, EditLog log, List<Removal> removals) {
        new Fields(edit, log.problems(), "the 'actors' edit (add, remove, change or replace)").checkKeys(KEYS);
        YNode replace = edit.get("replace");
        if (replace != null) {
            if (edit.keys().size() > 1) {
                log.problems().add(edit.position(), "'replace' stands alone: it gives the whole list of actors;"
                        + " use add, remove and change without it to edit the base's list");
            }
            List<YMap> items = Nodes.maps(EditNodes.list(replace, log, "actors.replace"), log.problems(), "an actor");
            items.forEach(log::check);
            log.change(where, "actors: replaced the " + base.items().size() + " actors by " + items.size());
            return new YList(new ArrayList<>(items), replace.position());
        }
        List<YMap> items = new ArrayList<>(Nodes.maps(base, log.problems(), "an actor"));
        remove(items, edit.get("remove"), where, log, removals);
        change(items, edit.get("change"), where, log);
        for (YMap item : Nodes.maps(EditNodes.list(edit.get("add"), log, "actors.add"), log.problems(), "an actor")) {
            items.add(item);
            log.check(item);
            log.change(where, "actors: added " + text(item, "name") + " (" + text(item, "kind") + " at "
                    + text(item, "site") + (item.get("count") == null ? "" : ", " + text(item, "count")) + ")");
        }
        return new YList(new ArrayList<>(items), base.position());
    }

    private static void remove(List<YMap> items, YNode node, String where, EditLog log, List<Removal> removals) {
        for (YScalar ref : EditNodes.names(node, log, "actors.remove")) {
            List<YMap> hit = matching(items, ref.text());
            if (hit.isEmpty()) {
                log.problems().add(ref.position(), "no actor, group or kind '" + ref.text() + "' to remove"
                        + Suggestions.hint(ref.text(), refs(items)));
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            hit.forEach(m -> {
                names.add(text(m, "name"));
                names.add(text(m, "kind"));
            });
            items.removeAll(hit);
            removals.add(new Removal(ref.text(), ref.position(), names));
            log.change(where, "actors: removed " + ref.text()
                    + (hit.size() > 1 ? " (" + hit.size() + " entries)" : ""));
        }
    }

    private static void change(List<YMap> items, YNode node, String where, EditLog log) {
        if (node == null) {
            return;
        }
        YMap map = Nodes.asMap(node, log.problems(), "actors.change ({name: {field: value}})");
        if (map == null) {
            return;
        }
        Set<String> fields = new TreeSet<>(ActorsBinder.KEYS);
        fields.remove("name");
        for (YMap.Entry e : map.entries()) {
            YMap set = Nodes.asMap(e.value(), log.problems(), "the change of '" + e.key() + "'");
            List<YMap> hit = matching(items, e.key());
            if (hit.isEmpty()) {
                log.problems().add(e.keyPosition(), "no actor, group or kind '" + e.key() + "' to change"
                        + Suggestions.hint(e.key(), refs(items)));
            }
            if (set == null || hit.isEmpty()) {
                continue;
            }
            if (set.get("name") != null) {
                log.problems().add(set.entry("name").keyPosition(), "a change cannot rename '" + e.key()
                        + "': remove it and add the new actor (what names it would have to change too)");
                continue;
            }
            new Fields(set, log.problems(), "the change of '" + e.key() + "'").checkKeys(fields);
            for (YMap old : hit) {
                YMap changed = YMerge.merge(old, set);
                items.set(items.indexOf(old), changed);
                log.check(changed);
            }
            List<String> said = new ArrayList<>();
            for (YMap.Entry f : set.entries()) {
                YNode before = hit.get(0).get(f.key());
                said.add(f.key() + " " + (before instanceof YScalar s ? s.text() : "(default)") + " -> "
                        + EditNodes.show(f.value()));
            }
            log.change(where, "actors: changed " + e.key() + (hit.size() > 1 ? " (" + hit.size() + " entries)" : "")
                    + ": " + String.join(", ", said));
        }
    }

    /** The items a name covers: the actor or group of that name, or every entry of that kind. */
    static List<YMap> matching(List<YMap> items, String ref) {
        return items.stream().filter(m -> ref.equals(text(m, "name")) || ref.equals(text(m, "kind"))).toList();
    }

    /** Every name and kind an edit could name in these items. */
    static Set<String> refs(List<YMap> items) {
        Set<String> out = new TreeSet<>();
        items.forEach(m -> {
            out.add(text(m, "name"));
            out.add(text(m, "kind"));
        });
        out.remove("?");
        return out;
    }

    static String text(YMap m, String key) {
        return m.get(key) instanceof YScalar s && !s.isNull() ? s.text() : "?";
    }
}
