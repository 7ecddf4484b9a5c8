package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clustersim.model.policy.AssignedPartners;
import org.clustersim.model.policy.Awareness;
import org.clustersim.model.policy.Charter;
import org.clustersim.model.policy.CharterRule;
import org.clustersim.model.policy.Control;
import org.clustersim.model.policy.Decree;
import org.clustersim.model.policy.Instrument;
import org.clustersim.model.policy.PolicySpec;
import org.clustersim.model.policy.Programme;
import org.clustersim.model.policy.Promise;
import org.clustersim.model.policy.VocationalTraining;
import org.clustersim.model.policy.Voice;
import org.clustersim.model.policy.VoluntaryMembership;
import org.clustersim.model.policy.Window;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.Suggestions;
import org.clustersim.scenario.yaml.YList;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YNode;
import org.clustersim.scenario.yaml.YScalar;

/**
 * Reads {@code policy.instruments}: a mapping from an instrument's key to its fields, or to a
 * list of them for several instruments of one kind (two programmes, a promise renewed on other
 * terms); {@code false} (or null) for an instrument a preset brought and the scenario removes.
 * Every instrument takes {@code start} (the policy's {@code start} by default) and {@code end}
 * (none by default); the fields of each are listed in {@link #FIELDS}. A record that refuses its
 * values is reported at the instrument, with the record's reason.
 */
final class InstrumentsBinder {
    static final Map<String, Set<String>> FIELDS = Map.of(
            "awareness", Set.of("every", "attendance", "peers"),
            "voluntary_membership", Set.of("critical_mass"),
            "decree", Set.of(),
            "assigned_partners", Set.of("partners"),
            "control", Set.of("intensity"),
            "voice", Set.of("intensity"),
            "charter", Set.of("rule"),
            "promise", Set.of("by", "what", "due", "kept", "renewed"),
            "programme", Set.of("actors", "coordinator"),
            "vocational_training", Set.of("effort", "attractiveness"));

    private InstrumentsBinder() {
    }

    static List<Instrument> bind(YMap instruments, int start, ActorTable actors, Problems problems) {
        List<Instrument> out = new ArrayList<>();
        for (YMap.Entry e : instruments.entries()) {
            if (!FIELDS.containsKey(e.key())) {
                problems.add(e.keyPosition(), "unknown instrument '" + e.key() + "'; expected one of "
                        + String.join(", ", PolicySpec.ORDER) + Suggestions.hint(e.key(), FIELDS.keySet()));
                continue;
            }
            for (YMap fields : items(e, problems)) {
                Instrument i = bindOne(e.key(), fields, start, actors, problems);
                if (i != null) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** The instrument's field mappings: one, several in a list, or none when removed. */
    private static List<YMap> items(YMap.Entry e, Problems problems) {
        YNode v = e.value();
        if (v instanceof YScalar s && (s.isNull() || s.text().equals("false"))) {
            return List.of();
        }
        if (v instanceof YList list) {
            return Nodes.maps(list, problems, "an instrument '" + e.key() + "'");
        }
        YMap m = Nodes.asMap(v, problems, "instrument '" + e.key() + "' (its fields, a list of them, or false)");
        return m == null ? List.of() : List.of(m);
    }

    private static Instrument bindOne(String key, YMap item, int defaultStart, ActorTable actors, Problems problems) {
        Fields f = new Fields(item, problems, "instrument '" + key + "'");
        Set<String> allowed = new java.util.HashSet<>(FIELDS.get(key));
        allowed.add("start");
        if (!key.equals("promise")) {
            allowed.add("end");
        }
        f.checkKeys(allowed);
        int before = problems.size();
        int start = f.intValue("start", defaultStart, 1, ScenarioLoader.MAX_STEPS);
        String endKey = key.equals("promise") ? "due" : "end";
        int end = f.intValue(endKey, Window.OPEN, 1, Window.OPEN);
        if (end < start) {
            problems.add(item.get(endKey).position(), "'" + endKey + "' " + end + " comes before 'start' " + start
                    + " (the policy's start unless the instrument gives its own)");
            return null;
        }
        try {
            Window w = new Window(start, end);
            Instrument i = switch (key) {
                case "awareness" -> new Awareness(w, f.intValue("every", Awareness.EVERY_DEFAULT, 1, ScenarioLoader.MAX_STEPS),
                        f.doubleValue("attendance", Awareness.ATTENDANCE_DEFAULT, 0, 1),
                        f.intValue("peers", Awareness.PEERS_DEFAULT, 0, 1000));
                case "voluntary_membership" -> new VoluntaryMembership(w,
                        f.doubleValue("critical_mass", VoluntaryMembership.CRITICAL_MASS_DEFAULT, 0, 1));
                case "decree" -> new Decree(w);
                case "assigned_partners" -> new AssignedPartners(w,
                        f.intValue("partners", AssignedPartners.PARTNERS_DEFAULT, 0, 1000));
                case "control" -> new Control(w, f.doubleValue("intensity", Control.INTENSITY_DEFAULT, 0, 1));
                case "voice" -> new Voice(w, f.doubleValue("intensity", Voice.INTENSITY_DEFAULT, 0, 1));
                case "charter" -> new Charter(w, f.enumValue("rule", CharterRule.class, CharterRule.CONSENSUS));
                case "promise" -> promise(w, item, f, actors, problems);
                case "programme" -> programme(w, item, f, actors, problems);
                case "vocational_training" -> training(w, item, f, problems);
                default -> throw new IllegalStateException(key);
            };
            return problems.size() > before ? null : i;
        } catch (IllegalArgumentException | NullPointerException ex) {
            if (problems.size() == before) {
                problems.add(item.position(), "instrument '" + key + "': " + ex.getMessage());
            }
            return null;
        }
    }

    private static Promise promise(Window w, YMap item, Fields f, ActorTable actors, Problems problems) {
        for (String k : List.of("by", "what", "due", "kept")) {
            Nodes.requireValue(item, k, problems, "a promise");
        }
        String by = f.string("by", null);
        if (by != null) {
            actors.checkSingle(by, item.get("by").position(), problems, "promise.by");
        }
        return new Promise(w, by, f.string("what", ""), f.bool("kept", false), f.bool("renewed", false));
    }

    private static Programme programme(Window w, YMap item, Fields f, ActorTable actors, Problems problems) {
        List<String> names = Nodes.strings(item.get("actors"), problems, "programme.actors");
        for (String n : names) {
            actors.checkSingle(n, item.get("actors").position(), problems, "programme.actors");
        }
        String coordinator = f.string("coordinator", null);
        if (coordinator != null) {
            actors.checkSingle(coordinator, item.get("coordinator").position(), problems, "programme.coordinator");
        }
        return new Programme(w, names, coordinator);
    }

    private static VocationalTraining training(Window w, YMap item, Fields f, Problems problems) {
        Nodes.requireValue(item, "effort", problems, "vocational_training");
        Nodes.requireValue(item, "attractiveness", problems, "vocational_training");
        return new VocationalTraining(w, f.doubleValue("effort", 0, 0, 1), f.doubleValue("attractiveness", 0, 0, 1));
    }
}
