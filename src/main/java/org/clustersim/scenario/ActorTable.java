package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ActorSpec;
import org.clustersim.scenario.yaml.Position;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.Suggestions;

/**
 * The actors a scenario declares, for checking the names that relations, policy and events
 * use: a relation may name an actor, a group or a kind present in the scenario; the policy and
 * events name single actors.
 */
final class ActorTable {
    private final Map<String, ActorSpec> byName = new LinkedHashMap<>();
    /** Names that population edits removed, each with its removal. */
    private final Map<String, Removal> removed = new LinkedHashMap<>();
    /** What still names a removed actor, by removal, to report once at the edit. */
    private final Map<Removal, List<String>> broken = new LinkedHashMap<>();

    /** Remembers the removals, so that a reference to what they took is laid at their door. */
    void removedBy(List<Removal> removals) {
        removals.forEach(r -> r.names().forEach(n -> removed.put(n, r)));
    }

    /** One problem per removal that left references behind, at the removal, listing them on one line. */
    void reportBroken(Problems problems) {
        broken.forEach((r, refs) -> problems.add(r.at(), "removing '" + r.ref() + "' breaks what cannot do without it: "
                + String.join(", ", refs) + "; name another actor there, or remove it, in this file"));
    }

    /** True (and noted) when the name was removed by an edit. */
    private boolean removedRef(String ref, Position at, String where) {
        Removal r = removed.get(ref);
        if (r == null || byName.containsKey(ref)) {
            return false;
        }
        List<String> refs = broken.computeIfAbsent(r, k -> new ArrayList<>());
        String said = where + " (" + at + ")";
        if (!refs.contains(said)) {
            refs.add(said);
        }
        return true;
    }

    void add(ActorSpec spec) {
        byName.put(spec.name(), spec);
    }

    boolean contains(String name) {
        return byName.containsKey(name);
    }

    List<ActorSpec> specs() {
        return new ArrayList<>(byName.values());
    }

    /** How many actors a relation name covers: one actor, a group, or every actor of a kind. */
    long size(String ref) {
        ActorSpec s = byName.get(ref);
        if (s != null) {
            return s.count();
        }
        long n = 0;
        for (ActorSpec spec : byName.values()) {
            n += spec.kind().key().equals(ref) ? spec.count() : 0;
        }
        return n;
    }

    /** Reports a name that is neither an actor, a group nor a kind present. */
    void checkGroupOrKind(String ref, Position at, Problems problems, String where) {
        if (byName.containsKey(ref) || kindsPresent().contains(ref) || removedRef(ref, at, where)) {
            return;
        }
        Set<String> known = new TreeSet<>(byName.keySet());
        known.addAll(kindsPresent());
        problems.add(at, "unknown actor, group or kind '" + ref + "' in " + where + Suggestions.hint(ref, known));
    }

    /** Reports a name that is not a single actor; returns its spec, or null. */
    ActorSpec checkSingle(String ref, Position at, Problems problems, String where) {
        ActorSpec s = byName.get(ref);
        if (s == null && removedRef(ref, at, where)) {
            return null;
        } else if (s == null) {
            problems.add(at, "unknown actor '" + ref + "' in " + where + Suggestions.hint(ref, byName.keySet()));
        } else if (s.count() != 1) {
            problems.add(at, "'" + ref + "' in " + where + " is a group of " + s.count()
                    + " actors; name a single actor");
            return null;
        }
        return s;
    }

    private Set<String> kindsPresent() {
        Set<String> kinds = new TreeSet<>();
        for (ActorSpec s : byName.values()) {
            kinds.add(s.kind().key());
        }
        return kinds;
    }

    /** True when the name is also the key of an actor kind, which would make references ambiguous. */
    static boolean isKindKey(String name) {
        for (ActorKind k : ActorKind.values()) {
            if (k.key().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
