package org.clustersim.scenario;

import java.util.List;
import java.util.Set;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ActorSpec;
import org.clustersim.model.Site;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.YList;
import org.clustersim.scenario.yaml.YMap;

/**
 * Reads the {@code actors:} list. Each item is an actor or a group of {@code count} actors:
 * name, kind and site are required; the other values default to the constants below, which
 * docs/ODD.md lists with the reasons for them.
 */
final class ActorsBinder {
    static final Set<String> KEYS = Set.of("name", "kind", "site", "count", "active", "openness", "rivalry",
            "know_how", "external", "market", "appropriation", "spread");
    /** Largest group a scenario may declare; larger populations belong to a generator. */
    static final int MAX_COUNT = 200_000;
    /** Measured heap per actor before any tie (Actor, its name, an empty Ties): about 560 bytes. */
    static final long BYTES_PER_ACTOR = 600;
    static final double DEFAULT_OPENNESS = 0.5;
    static final double DEFAULT_KNOW_HOW = 0.5;
    static final double DEFAULT_EXTERNAL = 0.1;
    static final double DEFAULT_MARKET = 0.3;
    static final double DEFAULT_FIRM_APPROPRIATION = 0.1;
    static final double DEFAULT_INSTITUTION_APPROPRIATION = 0.5;
    static final double DEFAULT_GROUP_SPREAD = 0.1;

    private ActorsBinder() {
    }

    static ActorTable bind(YList list, YMap scenario, int scale, List<Removal> removals, Problems problems) {
        ActorTable table = new ActorTable();
        table.removedBy(removals);
        if (list == null || list.items().isEmpty()) {
            problems.add(list == null ? scenario.position() : list.position(),
                    "a scenario needs a non-empty 'actors' list");
            return table;
        }
        long total = 0;
        for (YMap item : Nodes.maps(list, problems, "an actor")) {
            ActorSpec spec = item(item, problems);
            if (spec == null) {
                continue;
            }
            total += spec.count();
            String name = spec.name();
            if (table.contains(name)) {
                problems.add(item.entry("name").value().position(), "duplicate actor name '" + name + "'");
            } else if (ActorTable.isKindKey(name)) {
                problems.add(item.entry("name").value().position(), "actor name '" + name
                        + "' is also an actor kind; relations could not tell them apart, choose another name");
            } else {
                table.add(spec);
            }
        }
        if (total * scale > MAX_COUNT) {
            problems.add(list.position(), "the scenario declares " + total + " actors"
                    + (scale > 1 ? ", " + total * scale + " at scale " + scale : "") + "; the limit is " + MAX_COUNT
                    + " (" + memory(total * scale) + ")");
        }
        return table;
    }

    /**
     * One actor or group read on its own (its fields, not its name's uniqueness), reporting
     * its own mistakes; null when name, kind or site is missing or wrong. Population edits
     * check the actors they add or change with it before anything else.
     */
    static ActorSpec item(YMap item, Problems problems) {
        Fields f = new Fields(item, problems, "actor");
        f.checkKeys(KEYS);
        String name = f.requiredString("name");
        ActorKind kind = f.enumValue("kind", ActorKind.class, null);
        Site site = f.enumValue("site", Site.class, null);
        Nodes.requireValue(item, "kind", problems, "actor");
        Nodes.requireValue(item, "site", problems, "actor");
        int count = f.intValue("count", 1, 1, Integer.MAX_VALUE);
        if (count > MAX_COUNT) {
            problems.add(item.get("count").position(), "'count' must be at most " + MAX_COUNT + ", got " + count
                    + " (" + memory(count) + ")");
            count = 1;
        }
        boolean firm = kind != null && kind.isFirm();
        ActorSpec spec = new ActorSpec(name, kind, site, count, f.bool("active", true),
                f.doubleValue("openness", DEFAULT_OPENNESS, 0, 1),
                f.doubleValue("rivalry", 0, 0, 1),
                f.doubleValue("know_how", DEFAULT_KNOW_HOW, 0, 1),
                f.doubleValue("external", DEFAULT_EXTERNAL, 0, 1),
                f.doubleValue("market", DEFAULT_MARKET, 0, 1),
                f.doubleValue("appropriation",
                        firm ? DEFAULT_FIRM_APPROPRIATION : DEFAULT_INSTITUTION_APPROPRIATION, 0, 1),
                f.doubleValue("spread", count > 1 ? DEFAULT_GROUP_SPREAD : 0, 0, 1));
        return name == null || kind == null || site == null ? null : spec;
    }

    private static String memory(long actors) {
        return "about " + actors * BYTES_PER_ACTOR / 1_000_000 + " MB of memory for the actors alone, before their ties";
    }
}
