package org.clustersim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clustersim.model.policy.AssignedPartners;
import org.clustersim.model.policy.Awareness;
import org.clustersim.model.policy.Charter;
import org.clustersim.model.policy.CharterRule;
import org.clustersim.model.policy.Control;
import org.clustersim.model.policy.Decree;
import org.clustersim.model.policy.EventSpec;
import org.clustersim.model.policy.EventType;
import org.clustersim.model.policy.Instrument;
import org.clustersim.model.policy.PolicySpec;
import org.clustersim.model.policy.Programme;
import org.clustersim.model.policy.Promise;
import org.clustersim.model.policy.VocationalTraining;
import org.clustersim.model.policy.Voice;
import org.clustersim.model.policy.VoluntaryMembership;
import org.clustersim.model.policy.Window;

/**
 * Random configurations that the scenario loader would accept: a few groups of random kinds
 * and sites, relations among names and kinds present, a policy of random instruments naming single actors, events
 * that satisfy the binders' checks, and every parameter drawn inside its range (whole numbers
 * for whole-number parameters, {@code join_threshold_min <= join_threshold_max}; the apprentice
 * rate below 5 a month, so that runs stay small).
 */
final class RandomConfigs {
    private RandomConfigs() {
    }

    static ModelConfig build(Random r, int months) {
        List<ActorSpec> actors = new ArrayList<>();
        int groups = 1 + r.nextInt(6);
        for (int g = 0; g < groups; g++) {
            ActorKind kind = g == 0 ? pick(r, firmKinds()) : pick(r, List.of(ActorKind.values()));
            int count = r.nextInt(3) == 0 ? 1 : 1 + r.nextInt(12);
            actors.add(new ActorSpec("g" + g, kind, pick(r, List.of(Site.values())), count, r.nextInt(5) > 0,
                    r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble(),
                    0.3 * r.nextDouble()));
        }
        List<String> names = new ArrayList<>();
        List<String> singles = new ArrayList<>();
        for (ActorSpec a : actors) {
            names.add(a.name());
            names.add(a.kind().key());
            if (a.count() == 1) {
                singles.add(a.name());
            }
        }
        List<RelationSpec> relations = new ArrayList<>();
        for (int i = r.nextInt(7); i > 0; i--) {
            relations.add(new RelationSpec(pick(r, names), pick(r, names), r.nextDouble(), r.nextDouble(), r.nextDouble()));
        }
        return new ModelConfig(actors, relations, policy(r, singles, months), events(r, actors, months), parameters(r));
    }

    private static PolicySpec policy(Random r, List<String> singles, int months) {
        String promoter = singles.isEmpty() ? null : pick(r, singles);
        String association = singles.isEmpty() || r.nextBoolean() ? null : pick(r, singles);
        List<String> coordinators = singles.isEmpty() || r.nextBoolean() ? List.of() : List.of(pick(r, singles));
        List<ActorKind> targets = new ArrayList<>(firmKinds());
        targets.removeIf(k -> targets.size() > 1 && r.nextBoolean());
        List<Instrument> instruments = new ArrayList<>();
        for (String key : PolicySpec.ORDER) {
            if (r.nextBoolean()) {
                Instrument i = instrument(r, key, window(r, months), singles, promoter);
                if (i != null) {
                    instruments.add(i);
                }
            }
        }
        return new PolicySpec(null, 1 + r.nextInt(months), promoter, association, coordinators, targets, instruments);
    }

    /** A window inside the run, bounded half of the time. */
    private static Window window(Random r, int months) {
        int start = 1 + r.nextInt(months);
        return r.nextBoolean() ? Window.from(start) : new Window(start, start + r.nextInt(months));
    }

    private static Instrument instrument(Random r, String key, Window w, List<String> singles, String promoter) {
        return switch (key) {
            case "awareness" -> promoter == null ? null : new Awareness(w, 1 + r.nextInt(12), r.nextDouble(), r.nextInt(4));
            case "voluntary_membership" -> new VoluntaryMembership(w, r.nextDouble());
            case "decree" -> new Decree(w);
            case "assigned_partners" -> new AssignedPartners(w, r.nextInt(8));
            case "control" -> new Control(w, r.nextDouble());
            case "voice" -> new Voice(w, r.nextDouble());
            case "charter" -> new Charter(w, pick(r, List.of(CharterRule.values())));
            case "promise" -> singles.isEmpty() ? null : new Promise(new Window(w.start(), w.start() + r.nextInt(30)),
                    pick(r, singles), "premises", r.nextBoolean(), r.nextBoolean());
            case "programme" -> singles.isEmpty() ? null : new Programme(w, List.of(pick(r, singles)),
                    r.nextBoolean() ? pick(r, singles) : null);
            case "vocational_training" -> new VocationalTraining(w, r.nextDouble(), r.nextDouble());
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static List<EventSpec> events(Random r, List<ActorSpec> actors, int months) {
        List<EventSpec> events = new ArrayList<>();
        List<ActorSpec> single = actors.stream().filter(a -> a.count() == 1).toList();
        List<ActorSpec> firms = single.stream().filter(a -> a.kind().isFirm()).toList();
        List<ActorSpec> partners = single.stream().filter(a -> a.kind() == ActorKind.FOREIGN_PARTNER).toList();
        for (int i = r.nextInt(4); i > 0; i--) {
            int month = 1 + r.nextInt(months);
            EventType type = pick(r, List.of(EventType.values()));
            switch (type) {
                case JOINT_VENTURE -> {
                    if (!firms.isEmpty() && !partners.isEmpty()) {
                        events.add(new EventSpec(month, type, List.of(pick(r, firms).name(), pick(r, partners).name())));
                    }
                }
                case ENTRY, REMOVAL -> {
                    if (!single.isEmpty()) {
                        events.add(new EventSpec(month, type, List.of(pick(r, single).name())));
                    }
                }
                case CUT_PIPELINES -> events.add(new EventSpec(month, type, List.of()));
            }
        }
        return events;
    }

    private static Parameters parameters(Random r) {
        Parameters p = new Parameters();
        for (Param param : Param.values()) {
            // Up to 50 apprentices a month make thousands of actors in 60 months, and a run of
            // minutes (see docs/reliability.md); below 5 a month populations stay small.
            double max = param == Param.APPRENTICE_RATE ? 5 : param.max();
            // A scale of thousands is a population of a hundred thousand: a benchmark, not a property test.
            max = param == Param.SCALE ? 3 : max;
            double v = param.min() + (max - param.min()) * r.nextDouble();
            p.set(param, param.isInteger() ? Math.rint(v) : v);
        }
        double lo = p.get(Param.JOIN_THRESHOLD_MIN);
        double hi = p.get(Param.JOIN_THRESHOLD_MAX);
        p.set(Param.JOIN_THRESHOLD_MIN, Math.min(lo, hi));
        p.set(Param.JOIN_THRESHOLD_MAX, Math.max(lo, hi));
        return p;
    }

    private static List<ActorKind> firmKinds() {
        return List.of(ActorKind.ARTISAN, ActorKind.SME, ActorKind.STATE_FIRM);
    }

    private static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
