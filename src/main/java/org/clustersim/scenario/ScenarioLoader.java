package org.clustersim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clustersim.model.ModelConfig;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.scenario.yaml.Extends;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.Position;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.ScenarioException;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YMerge;
import org.clustersim.scenario.yaml.YNode;
import org.clustersim.scenario.yaml.YScalar;

/**
 * Loads a scenario or experiment file into an immutable {@link Scenario}: resolves
 * {@code extends:}, then binds each variant (the base with the variant's overrides merged in)
 * and reports every problem of every variant at once, each as {@code file:line:column: message}.
 */
public final class ScenarioLoader {
    static final Set<String> KEYS = Set.of("name", "description", "steps", "seed", "replications",
            "parameters", "policy", "actors", "relations", "events", "variants", "sweep", "uncertain", "factorial",
            "start", "smallest_effects");
    /** Keys a variant may override: what a run is, not how many runs there are; and its description. */
    static final Set<String> VARIANT_KEYS = Set.of("description", "parameters", "policy", "actors", "relations",
            "events");
    static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";
    public static final int DEFAULT_STEPS = 120;
    public static final int MAX_STEPS = 12_000;
    public static final int MAX_REPLICATIONS = 100_000;

    private ScenarioLoader() {
    }

    public static Scenario load(Path file) throws ScenarioException {
        return load(file, List.of());
    }

    /** Loads a file with command-line overrides ({@code path.to.key=value}) merged over it. */
    public static Scenario load(Path file, List<String> sets) throws ScenarioException {
        Problems problems = new Problems();
        PopulationMerge merger = new PopulationMerge();
        Extends.Resolved resolved = Extends.resolveWithSources(file, merger::mergeFile);
        YMap root = Overrides.apply(resolved.map(), sets, problems);
        return bind(root, file, resolved.sources(), problems, merger);
    }

    /**
     * Loads a scenario from its {@link ResolvedTree} plain form, as a manifest embeds it, with
     * overrides merged over it; {@code origin} (the manifest) stands for its file and sources.
     */
    public static Scenario fromResolved(Map<String, Object> tree, Path origin, List<String> sets)
            throws ScenarioException {
        Problems problems = new Problems();
        YMap root = (YMap) ResolvedTree.fromPlain(tree, Position.of(origin.toString()));
        return bind(Overrides.apply(root, sets, problems), origin, List.of(origin), problems, new PopulationMerge());
    }

    private static Scenario bind(YMap root, Path file, List<Path> sources, Problems problems, PopulationMerge merger)
            throws ScenarioException {
        Fields f = new Fields(root, problems, "the scenario");
        f.checkKeys(KEYS);
        String name = f.string("name", stem(file));
        String description = f.requiredString("description");
        f.refuseNull("steps", "seed", "replications");
        int steps = f.intValue("steps", DEFAULT_STEPS, 1, MAX_STEPS);
        long seed = f.longValue("seed", 1);
        int replications = f.intValue("replications", 1, 1, MAX_REPLICATIONS);
        if (name != null && !name.matches(NAME_PATTERN)) {
            // Without a 'name:' key the name is the file's, and there is no node to point at.
            YNode given = root.get("name");
            problems.add(given != null ? given.position() : Position.of(file.toString()), "name '" + name
                    + "' must be letters, digits, '.', '_' or '-' (it names the results folder)"
                    + (given != null ? "" : "; it comes from the file name: add a 'name:' key"));
        }
        // Shapes are checked before variants and sweep points are merged over them: a merge
        // replaces a list by a mapping, which would silently drop what the file says.
        f.map("parameters");
        f.map("policy");
        for (String key : List.of("actors", "relations", "events")) {
            if (root.get(key) instanceof YMap m && m.keys().stream().anyMatch(ActorEdits.KEYS::contains)) {
                merger.log().problems().add(root.entry(key).keyPosition(), "'" + key + "' edits (add, remove,"
                        + " change, replace) need a base: say 'extends: FILE' first, or edit it in a variant;"
                        + " here give a list");
            } else {
                f.list(key);
            }
        }
        java.time.YearMonth start = PresentationBinder.start(f, root, problems);
        Map<String, Double> smallest = PresentationBinder.smallestEffects(f.map("smallest_effects"), problems);
        YMap base = root.without("variants").without("sweep").without("uncertain").without("factorial");
        Map<Param, Scenario.Range> uncertain = UncertainBinder.bind(f.map("uncertain"), problems);
        YMap sweep = f.map("sweep");
        List<DesignPoint> points = sweep == null ? List.of(DesignPoint.NONE) : SweepBinder.bind(sweep, seed, problems);
        YMap factorialMap = f.map("factorial");
        FactorialBinder.Bound factorial = factorialMap == null ? new FactorialBinder.Bound(FactorialPlan.NONE, Map.of())
                : FactorialBinder.bind(factorialMap, problems);
        if (factorialMap != null && sweep != null) {
            problems.add(factorialMap.position(), "an experiment has a 'sweep' or a 'factorial', not both");
        }
        Map<String, YMap> armsAndRows = new LinkedHashMap<>();
        if (factorialMap == null || f.map("variants") != null) {
            armsAndRows.putAll(arms(f.map("variants"), problems));
        }
        armsAndRows.putAll(factorial.rows());
        Map<String, PopulationMerge.Merged> merged = new LinkedHashMap<>();
        armsAndRows.forEach((arm, overrides) -> merged.put(arm, overrides == null
                ? merger.mergeVariant(base, new YMap(List.of(), base.position()), arm)
                : merger.mergeVariant(base, overrides.without("description"), arm)));
        merger.log().throwIfAny(problems);
        List<Variant> variants = new ArrayList<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (DesignPoint point : points) {
            for (Map.Entry<String, PopulationMerge.Merged> arm : merged.entrySet()) {
                YMap tree = arm.getValue().tree();
                tree = point.values().isEmpty() ? tree : YMerge.merge(tree, point.overrides());
                String variantName = arm.getKey() + point.label();
                variants.add(new Variant(variantName, bind(tree, steps, arm.getValue().removals(), problems)));
                String said = describe(armsAndRows.get(arm.getKey()), point, problems);
                if (!said.isEmpty()) {
                    descriptions.put(variantName, said);
                }
            }
        }
        problems.throwIfAny();
        // The name is written into the embedded tree: without its file, the tree must carry it.
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) ResolvedTree.toPlain(root.with("name",
                new YScalar(name, false, null, root.position())));
        return new Scenario(name, description, file, sources, steps, seed, replications, variants,
                uncertain, factorial.plan(), tree, new Presentation(start, smallest, descriptions),
                merger.log().changes());
    }

    /** The variant's description and its sweep point's, joined; empty when neither has one. */
    private static String describe(YMap arm, DesignPoint point, Problems problems) {
        String own = arm == null ? null : new Fields(arm, problems, "the variant").string("description", null);
        List<String> parts = new ArrayList<>();
        if (own != null && !own.isBlank()) {
            parts.add(own.trim());
        }
        if (point.description() != null) {
            parts.add(point.description());
        }
        return String.join("; ", parts);
    }

    /** The named overrides of each variant; one empty arm, "baseline", without variants. */
    private static Map<String, YMap> arms(YMap vmap, Problems problems) {
        Map<String, YMap> arms = new LinkedHashMap<>();
        if (vmap == null) {
            arms.put(Scenario.BASELINE, null);
            return arms;
        }
        if (vmap.entries().isEmpty()) {
            problems.add(vmap.position(), "'variants' is empty: list at least one variant or remove the key");
        }
        for (YMap.Entry e : vmap.entries()) {
            if (!e.key().matches(NAME_PATTERN)) {
                problems.add(e.keyPosition(), "variant name '" + e.key() + "' must be letters, digits, '.', '_' or '-'");
            }
            YMap overrides = Nodes.asMap(e.value(), problems, "variant '" + e.key() + "'");
            if (overrides != null) {
                new Fields(overrides, problems, "variant '" + e.key() + "'").checkKeys(VARIANT_KEYS);
                arms.put(e.key(), overrides);
            }
        }
        return arms;
    }

    private static ModelConfig bind(YMap tree, int steps, List<Removal> removals, Problems problems) {
        Fields f = new Fields(tree, problems, "the scenario");
        Parameters parameters = ParametersBinder.bind(f.map("parameters"), problems);
        // The scale parameter multiplies every group, so the size limits apply to the product.
        int scale = parameters.getInt(Param.SCALE);
        ActorTable actors = ActorsBinder.bind(f.list("actors"), tree, scale, removals, problems);
        ModelConfig config = new ModelConfig(actors.specs(),
                RelationsBinder.bind(f.list("relations"), actors, scale, problems),
                PolicyBinder.bind(f.map("policy"), actors, steps, problems),
                EventsBinder.bind(f.list("events"), actors, steps, problems),
                parameters);
        actors.reportBroken(problems);
        return config;
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Whether a path looks like a scenario file (for listing). */
    public static boolean isScenarioFile(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
    }
}
