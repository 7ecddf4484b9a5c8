package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ActorSpec;
import org.clustersim.model.ModelConfig;
import org.clustersim.model.Param;
import org.clustersim.model.policy.Instrument;
import org.clustersim.model.policy.PolicySpec;

/**
 * Levers that cannot act in a scenario as it will run: an instrument whose window opens after
 * the last month, a policy that addresses firms of kinds the population lacks, instruments that
 * act on members without an instrument that makes members, and parameters set (or swept) for a
 * rule the scenario never triggers (vocational training and the trade's transmission without
 * artisans, sanctions without control, a charter's effect without a charter, voice's weight
 * without voice). Each is a warning, not an error: the scenario runs, but a planner comparing such
 * a lever would read "no difference" as evidence. Rules are read from the model's classes:
 * {@code rules.Demography} (artisans only), {@code rules.CooperationDecision} (sanctions and
 * charter among members), {@code policy.Joining} and {@code policy.Enrolment} (who becomes a member).
 */
public final class InertLevers {
    private static final Set<String> NEED_MEMBERS = Set.of("assigned_partners", "control", "voice", "charter");
    private static final Set<String> MAKE_MEMBERS = Set.of("decree", "voluntary_membership");
    private static final List<Param> TRANSMISSION = List.of(Param.TRAINING_EFFORT, Param.TRADE_ATTRACTIVENESS,
            Param.APPRENTICE_RATE, Param.CAREER_MONTHS, Param.LEARNING_BY_DOING);

    private InertLevers() {
    }

    /**
     * One line per lever that cannot act, naming it and the variants concerned (a message shared by
     * several variants, such as every point of a sweep, is given once).
     */
    public static List<String> find(Scenario s) {
        Map<String, List<String>> byMessage = new LinkedHashMap<>();
        Map<Param, Boolean> varies = new LinkedHashMap<>();
        for (Param p : Param.values()) {
            varies.put(p, s.variants().stream().map(v -> v.config().parameters().get(p)).distinct().count() > 1
                    || s.variants().stream().anyMatch(v -> v.config().parameters().get(p) != p.defaultValue()));
        }
        for (Variant v : s.variants()) {
            for (String m : inVariant(v.config(), s.steps(), varies)) {
                byMessage.computeIfAbsent(m, k -> new ArrayList<>()).add(v.name());
            }
        }
        List<String> out = new ArrayList<>();
        byMessage.forEach((message, variants) -> out.add(message + " (" + shown(variants, s.variants().size()) + ")"));
        return out;
    }

    private static List<String> inVariant(ModelConfig c, int steps, Map<Param, Boolean> varies) {
        List<String> out = new ArrayList<>();
        PolicySpec p = c.policy();
        for (Instrument i : p.instruments()) {
            if (i.window().start() > steps) {
                out.add("instrument " + i.key() + " starts in month " + i.window().start() + ", after the last month ("
                        + steps + "): it never acts");
            }
        }
        boolean targets = c.actors().stream().anyMatch(a -> p.targets().contains(a.kind()));
        if (!p.instruments().isEmpty() && !targets) {
            out.add("the policy addresses " + p.targets() + " but the population has none: its instruments act on"
                    + " no firm");
        }
        boolean makesMembers = p.instruments().stream().anyMatch(i -> MAKE_MEMBERS.contains(i.key()));
        for (Instrument i : p.instruments()) {
            if (NEED_MEMBERS.contains(i.key()) && !makesMembers) {
                out.add("instrument " + i.key() + " acts on members, but no decree or voluntary_membership makes"
                        + " any: it never acts");
            }
        }
        boolean artisans = c.actors().stream().map(ActorSpec::kind).anyMatch(k -> k == ActorKind.ARTISAN);
        if (!artisans && !p.instruments("vocational_training").isEmpty()) {
            out.add("instrument vocational_training trains artisans, and the population has none: it never acts");
        }
        for (Param t : TRANSMISSION) {
            if (!artisans && varies.get(t)) {
                out.add("parameter " + t.key() + " concerns artisans' transmission, and the population has none");
            }
        }
        absentInstrument(out, p, varies, Param.SANCTION_EFFECT, "control");
        absentInstrument(out, p, varies, Param.CHARTER_EFFECT, "charter");
        absentInstrument(out, p, varies, Param.VOICE_WEIGHT, "voice");
        return out;
    }

    private static void absentInstrument(List<String> out, PolicySpec p, Map<Param, Boolean> varies, Param param,
                                         String instrument) {
        if (varies.get(param) && p.instruments(instrument).isEmpty()) {
            out.add("parameter " + param.key() + " acts through the " + instrument + " instrument, which this variant"
                    + " lacks");
        }
    }

    private static String shown(List<String> variants, int all) {
        if (variants.size() == all && all > 1) {
            return "every variant";
        }
        if (variants.size() > 4) {
            return String.join(", ", variants.subList(0, 3)) + " and " + (variants.size() - 3) + " more";
        }
        return (variants.size() == 1 ? "variant " : "variants ") + String.join(", ", variants);
    }
}
