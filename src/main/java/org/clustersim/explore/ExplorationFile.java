package org.clustersim.explore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clustersim.model.Param;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.Variant;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.ScenarioException;
import org.clustersim.scenario.yaml.Suggestions;
import org.clustersim.scenario.yaml.YList;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YNode;
import org.clustersim.scenario.yaml.YScalar;
import org.clustersim.scenario.yaml.YamlReader;

/**
 * An exploration file for {@code discover} and {@code regret}: the experiment whose variants are
 * the policy mixes ({@code experiment:}, relative to this file), which of them to run
 * ({@code mixes:}, default all), a Latin hypercube of {@code samples} states of the world over
 * the {@code uncertain:} dimensions (parameters and instrument fields, see {@link Lever}), its
 * {@code seed}, {@code replications} per state and mix, and what is judged: a {@code criterion:}
 * (discover, see {@link Criterion}) or an {@code outcome:} with {@code better: higher|lower}
 * (regret). {@code prim:} tunes PRIM ({@code peel}, {@code paste}, {@code min_mass},
 * {@code min_coverage}, {@code max_p}). Every problem is reported as file:line:column.
 */
public record ExplorationFile(Path file, String name, Scenario experiment, List<Lever> levers, int samples,
                              long seed, Criterion criterion, Criterion.MetricAt outcome, boolean higherIsBetter,
                              Prim.Settings prim) {
    static final Set<String> KEYS = Set.of("name", "description", "experiment", "mixes", "samples", "seed",
            "replications", "criterion", "outcome", "better", "prim", "uncertain");

    /** Whether {@code file} is an exploration file (it names an {@code experiment:}) rather than a scenario. */
    public static boolean isExplorationFile(Path file) {
        try {
            return YamlReader.read(file).get("experiment") != null;
        } catch (ScenarioException e) {
            return false;
        }
    }

    /** The one-line description, or what it judges. */
    public String summary() {
        return criterion != null ? "discover: where '" + criterion.text() + "' holds, " + samples + " states"
                : "regret: " + outcome.metric() + " at month " + outcome.month() + ", " + samples + " states";
    }

    /** The month the runs stop: the criterion's or the outcome's. */
    public int month() {
        return criterion != null ? criterion.month() : outcome.month();
    }

    /** The design as the manifest records it: method, samples, seed, month, criterion or outcome, levers. */
    public Map<String, Object> design() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("method", "Latin hypercube (McKay et al. 1979) drawn with MASON's Mersenne Twister");
        d.put("samples", samples);
        d.put("seed", seed);
        d.put("replications_per_state", experiment.replications());
        d.put("month", month());
        if (criterion != null) {
            d.put("criterion", criterion.text());
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("peel", prim.peel());
            p.put("paste", prim.paste());
            p.put("min_mass", prim.minMass());
            p.put("min_coverage", prim.minCoverage());
            p.put("max_p", prim.maxP());
            d.put("prim", p);
        } else {
            d.put("outcome", outcome.metric() + " at month " + outcome.month());
            d.put("better", higherIsBetter ? "higher" : "lower");
        }
        Map<String, Object> ranges = new LinkedHashMap<>();
        for (Lever l : levers) {
            ranges.put(l.key(), List.of(l.min(), l.max()));
        }
        d.put("levers", ranges);
        return d;
    }

    /** The same exploration over another number of states (the command line's {@code --samples}). */
    public ExplorationFile withSamples(int n) {
        return new ExplorationFile(file, name, experiment, levers, n, seed, criterion, outcome, higherIsBetter, prim);
    }

    public static ExplorationFile load(Path file) throws ScenarioException {
        YMap root = YamlReader.read(file);
        Problems problems = new Problems();
        Fields f = new Fields(root, problems, "the exploration file");
        f.checkKeys(KEYS);
        String name = f.requiredString("name");
        String experimentPath = f.requiredString("experiment");
        problems.throwIfAny();
        Scenario s = ScenarioLoader.load(file.getParent() == null ? Path.of(experimentPath)
                : file.getParent().resolve(experimentPath));
        s = mixes(s, f.list("mixes"), problems);
        int samples = f.intValue("samples", 1000, 2, 1_000_000);
        long seed = f.longValue("seed", s.seed());
        int replications = f.intValue("replications", 1, 1, 1000);
        s = s.withRunSettings(s.steps(), seed, replications);
        List<Lever> levers = levers(f.map("uncertain"), s, problems, root);
        Criterion criterion = null;
        Criterion.MetricAt outcome = null;
        YNode c = root.get("criterion");
        YNode o = root.get("outcome");
        if (c instanceof YScalar cs && !cs.isNull()) {
            criterion = Criterion.parse(cs.text(), cs.position(), s.steps(), problems);
        }
        if (o instanceof YScalar os && !os.isNull()) {
            outcome = Criterion.MetricAt.parse(os.text(), os.position(), s.steps(), problems);
        }
        for (YNode n : new YNode[] {c, o}) {
            if (n != null && !(n instanceof YScalar)) {
                problems.add(n.position(), "expected one line of text, e.g. 'appropriation < 0.2 at month 60'");
            }
        }
        if ((c == null) == (o == null)) {
            problems.add(root.position(), "needs either 'criterion:' (discover) or 'outcome:' (regret), not "
                    + (c == null ? "neither" : "both"));
        }
        String better = f.string("better", "higher");
        if (!better.equals("higher") && !better.equals("lower")) {
            problems.add(root.entry("better").keyPosition(), "'better' is 'higher' or 'lower', got '" + better + "'");
        }
        Prim.Settings prim = primSettings(f.map("prim"), problems);
        problems.throwIfAny();
        return new ExplorationFile(file, name, s, levers, samples, seed, criterion, outcome,
                better.equals("higher"), prim);
    }

    private static Scenario mixes(Scenario s, YList list, Problems problems) {
        if (list == null) {
            return s;
        }
        List<Variant> chosen = new ArrayList<>();
        List<String> names = s.variants().stream().map(Variant::name).toList();
        for (YNode n : list.items()) {
            String m = n instanceof YScalar sc ? sc.text() : null;
            if (m == null || !names.contains(m)) {
                problems.add(n.position(), "no variant '" + m + "' in the experiment; it has " + names);
            } else {
                chosen.add(s.variant(m));
            }
        }
        return chosen.isEmpty() ? s : s.withVariants(chosen);
    }

    private static List<Lever> levers(YMap map, Scenario s, Problems problems, YMap root) {
        List<Lever> out = new ArrayList<>();
        if (map == null || map.entries().isEmpty()) {
            problems.add(root.position(), "needs an 'uncertain:' block, e.g. uncertain: {stranger_trust: {min: 0.1, "
                    + "max: 0.4}, control.intensity: {min: 0.2, max: 1}}");
            return out;
        }
        List<String> paramKeys = java.util.Arrays.stream(Param.values()).map(Param::key).toList();
        for (YMap.Entry e : map.entries()) {
            String key = e.key();
            Param param;
            double lo;
            double hi;
            if (!key.contains(".")) {
                int i = paramKeys.indexOf(key);
                if (i < 0) {
                    problems.add(e.keyPosition(), "unknown parameter '" + key + "'" + Suggestions.hint(key, paramKeys));
                    continue;
                }
                param = Param.values()[i];
                lo = param.min();
                hi = param.max();
            } else {
                param = null;
                String instrument = key.substring(0, key.indexOf('.'));
                boolean start = key.endsWith(".start");
                if (!start && !Lever.FIELDS.containsKey(key)) {
                    problems.add(e.keyPosition(), "no lever '" + key + "'; levers: INSTRUMENT.start or "
                            + String.join(", ", new java.util.TreeSet<>(Lever.FIELDS.keySet())));
                    continue;
                }
                if (s.variants().stream().noneMatch(v -> !v.config().policy().instruments(instrument).isEmpty())) {
                    problems.add(e.keyPosition(), "no mix has the instrument '" + instrument + "'");
                    continue;
                }
                lo = start ? 1 : Lever.FIELDS.get(key)[0];
                hi = start ? s.steps() : Lever.FIELDS.get(key)[1];
            }
            YMap range = e.value() instanceof YMap m ? m : null;
            if (range == null) {
                problems.add(e.keyPosition(), "the range of '" + key + "': expected {min, max}");
                continue;
            }
            Fields r = new Fields(range, problems, "the range of '" + key + "'");
            r.checkKeys(Set.of("min", "max"));
            double min = r.doubleValue("min", lo, lo, hi);
            double max = r.doubleValue("max", hi, lo, hi);
            if (!(min < max)) {
                problems.add(range.position(), "the range of '" + key + "' needs min < max, got " + min + " and "
                        + max);
                continue;
            }
            out.add(new Lever(key, param, min, max));
        }
        return out;
    }

    private static Prim.Settings primSettings(YMap map, Problems problems) {
        if (map == null) {
            return Prim.Settings.DEFAULT;
        }
        Fields p = new Fields(map, problems, "prim");
        p.checkKeys(Set.of("peel", "paste", "min_mass", "min_coverage", "max_p"));
        Prim.Settings d = Prim.Settings.DEFAULT;
        return new Prim.Settings(p.doubleValue("peel", d.peel(), 0.01, 0.5),
                p.doubleValue("paste", d.paste(), 0.01, 0.5), p.doubleValue("min_mass", d.minMass(), 0.001, 0.9),
                p.doubleValue("min_coverage", d.minCoverage(), 0, 1),
                p.doubleValue("max_p", d.maxP(), 0, 1));
    }
}
