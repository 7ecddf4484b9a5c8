package org.clustersim.model.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;

/**
 * The cluster policy of a scenario: who promotes the cluster, which actor embodies it once it
 * forms, who coordinates, which firms it addresses, and the instruments it combines. The preset
 * a scenario started from is kept for the record only: no rule reads it.
 *
 * @param preset       the preset the instruments were expanded from ("impose", "propose", "none"),
 *                     or null when the scenario lists its instruments alone
 * @param start        the month the policy starts: the default start of its instruments
 * @param promoter     the authority that runs the policy: holds awareness sessions, decrees, and is
 *                     the authority members' perceived autonomy refers to (null when none)
 * @param association  actor that embodies the cluster structure once it forms (inactive before)
 * @param coordinators actors who broker from the start: host meetings and introduce members
 * @param targets      kinds of firm the policy addresses
 * @param instruments  the instruments, in the order they act within a month (see {@link #ORDER})
 */
public record PolicySpec(String preset, int start, String promoter, String association, List<String> coordinators,
                         List<ActorKind> targets, List<Instrument> instruments) {
    /**
     * The order in which instruments act within a month: programmes bring their actors first,
     * sessions inform before firms decide, the structure exists before partners are assigned and a
     * charter is considered, and promises fall due last.
     */
    public static final List<String> ORDER = List.of("programme", "awareness", "voluntary_membership", "decree",
            "assigned_partners", "control", "voice", "charter", "promise", "vocational_training");

    public PolicySpec {
        coordinators = List.copyOf(coordinators);
        targets = List.copyOf(targets);
        List<Instrument> sorted = new ArrayList<>(instruments);
        sorted.sort(Comparator.comparingInt((Instrument i) -> ORDER.indexOf(i.key()))
                .thenComparingInt(i -> i.window().start()));
        instruments = List.copyOf(sorted);
    }

    /** No policy at all. */
    public static PolicySpec none(List<ActorKind> targets) {
        return new PolicySpec("none", 1, null, null, List.of(), targets, List.of());
    }

    /** The same policy with other instruments (a lever in the GUI). */
    public PolicySpec withInstruments(String newPreset, List<Instrument> newInstruments) {
        return new PolicySpec(newPreset, start, promoter, association, coordinators, targets, newInstruments);
    }

    /** Whether the policy addresses this actor: an active firm of a target kind. */
    public boolean isTarget(Actor a) {
        return a.isActive() && targets.contains(a.getKind());
    }

    /** The instruments with this key. */
    public List<Instrument> instruments(String key) {
        return instruments.stream().filter(i -> i.key().equals(key)).toList();
    }
}
