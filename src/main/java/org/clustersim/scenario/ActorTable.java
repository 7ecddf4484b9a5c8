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
        if (byName.containsKey(ref) || kindsPresent().contains(ref)) {
            return;
        }
        Set<String> known = new TreeSet<>(byName.keySet());
        known.addAll(kindsPresent());
        problems.add(at, "unknown actor, group or kind '" + ref + "' in " + where + Suggestions.hint(ref, known));
    }

    /** Reports a name that is not a single actor; returns its spec, or null. */
    ActorSpec checkSingle(String ref, Position at, Problems problems, String where) {
        ActorSpec s = byName.get(ref);
        if (s == null) {
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
