package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clustersim.scenario.yaml.YList;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YMerge;
import org.clustersim.scenario.yaml.YNode;

/**
 * Merges a file that {@code extends} another, or a variant, over its base, with population
 * edits: under {@code actors:}, {@code relations:} or {@code events:} a mapping of
 * {@code add/remove/change/replace} edits the base's list ({@link ActorEdits}, {@link ItemEdits})
 * instead of replacing it, and what the removed actors leave behind is taken out with them
 * ({@link RemovalCascade}). Everything else merges as {@link YMerge} says.
 *
 * <p>In a file that extends another, a bare list under {@code actors:} is refused: a planner
 * who lists one actor means to add it, and silently dropping the base's actors made every
 * reference to them an error in the base file. A variant's bare lists still replace, as they
 * always have (experiments list a variant's whole events, for example).
 *
 * <p>The operations follow JSON Patch (IETF RFC 6902: add, remove, replace), applied by name
 * rather than by index so that an edit survives changes to the order of its base; lists are
 * edited, not merged item by item, because a merge patch (RFC 7386, section 2) can only replace
 * a list whole, which is the trap this class removes.
 */
final class PopulationMerge {
    private static final String ADVICE = "to add actors write 'actors: {add: [...]}' (with 'remove: [NAME]' and"
            + " 'change: {NAME: {field: value}}' as needed); to replace them all write 'actors: {replace: [...]}'";
    private final EditLog log = new EditLog();
    private final List<Removal> fileRemovals = new ArrayList<>();

    /** The merged tree and the removals of this merge and of the files below it. */
    record Merged(YMap tree, List<Removal> removals) {
    }

    /** Merges an extending file over its base (for {@code Extends}). */
    YMap mergeFile(YMap base, YMap child) {
        YNode actors = child.get("actors");
        YMap c = child;
        if (actors instanceof YList list) {
            int n = base.get("actors") instanceof YList b ? b.items().size() : 0;
            log.problems().add(child.entry("actors").keyPosition(), "'actors:' is a list, which would replace the "
                    + n + " actors of " + base.position().file() + "; " + ADVICE);
            Nodes.maps(list, log.problems(), "an actor").forEach(log::check);
            c = child.without("actors");
        }
        Merged m = merge(base, c, "");
        fileRemovals.addAll(m.removals());
        return m.tree();
    }

    /** Merges a variant's overrides over the base; the removals include the files'. */
    Merged mergeVariant(YMap base, YMap overrides, String variant) {
        Merged m = merge(base, overrides, "variant " + variant);
        List<Removal> all = new ArrayList<>(fileRemovals);
        all.addAll(m.removals());
        return new Merged(m.tree(), all);
    }

    EditLog log() {
        return log;
    }

    private Merged merge(YMap base, YMap child, String where) {
        YMap c = child;
        List<Removal> removals = new ArrayList<>();
        if (child.get("actors") instanceof YMap edit) {
            c = c.with("actors", ActorEdits.apply(listOf(base, "actors", edit), edit, where, log, removals));
        }
        if (child.get("relations") instanceof YMap edit) {
            c = c.with("relations", ItemEdits.relations(listOf(base, "relations", edit), edit, where, log));
        }
        if (child.get("events") instanceof YMap edit) {
            c = c.with("events", ItemEdits.events(listOf(base, "events", edit), edit, where, log));
        }
        YMap tree = YMerge.merge(base, c);
        if (removals.isEmpty()) {
            return new Merged(tree, removals);
        }
        // A name that is back (added again, or a kind another actor still has) was not removed.
        Set<String> present = new HashSet<>();
        if (tree.get("actors") instanceof YList list) {
            for (YNode item : list.items()) {
                if (item instanceof YMap m) {
                    present.add(ActorEdits.text(m, "name"));
                    present.add(ActorEdits.text(m, "kind"));
                }
            }
        }
        List<Removal> gone = new ArrayList<>();
        for (Removal r : removals) {
            Set<String> names = new HashSet<>(r.names());
            names.removeAll(present);
            gone.add(new Removal(r.ref(), r.at(), names));
        }
        return new Merged(RemovalCascade.apply(tree, gone, where, log), gone);
    }

    private static YList listOf(YMap base, String key, YMap edit) {
        return base.get(key) instanceof YList l ? l : new YList(List.of(), edit.position());
    }
}
