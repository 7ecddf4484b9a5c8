package org.clustersim.calibration;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clustersim.model.Param;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.UncertainBinder;
import org.clustersim.scenario.yaml.Fields;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.ScenarioException;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YamlReader;

/**
 * A calibration file for {@code clustersim calibrate} (scenarios/calibration/observed.yaml): the
 * {@code uncertain:} parameters with their prior ranges {@code {min, max}}, the number of prior
 * {@code samples}, their {@code sampling} ({@code lhs} or {@code uniform}), the {@code tolerance}
 * on the {@link Distance}, the {@code replications} of each observed pattern's experiment per
 * sample and the master {@code seed} (of the design and of every run: common random numbers).
 * Every problem is reported as file:line:column.
 */
public record CalibrationFile(Path file, String name, String description, ParameterBox prior, int samples,
                              Rejection.Sampling sampling, double tolerance, int replications, long seed) {
    static final Set<String> KEYS = Set.of("name", "description", "uncertain", "samples", "sampling", "tolerance",
            "replications", "seed");

    /** Whether {@code file} is a calibration file (it sets a {@code tolerance:}) rather than a scenario. */
    public static boolean isCalibrationFile(Path file) {
        try {
            return YamlReader.read(file).get("tolerance") != null;
        } catch (ScenarioException e) {
            return false;
        }
    }

    /** One line for {@code clustersim list}. */
    public String summary() {
        return "calibration: " + samples + " draws of " + prior.dimensions() + " parameters on the observed patterns";
    }

    public static CalibrationFile load(Path file) throws ScenarioException {
        YMap root = YamlReader.read(file);
        Problems problems = new Problems();
        Fields f = new Fields(root, problems, "the calibration file");
        f.checkKeys(KEYS);
        String name = f.requiredString("name");
        String description = f.string("description", "");
        int samples = f.intValue("samples", 100, 2, 1_000_000);
        Rejection.Sampling sampling = f.enumValue("sampling", Rejection.Sampling.class, Rejection.Sampling.LHS);
        double tolerance = f.doubleValue("tolerance", 0, 0, 1000);
        int replications = f.intValue("replications", 20, 2, 1000);
        long seed = f.longValue("seed", 20180101L);
        ParameterBox prior = prior(f.map("uncertain"), root, problems);
        problems.throwIfAny();
        return new CalibrationFile(file, name, description, prior, samples, sampling, tolerance, replications, seed);
    }

    /** The settings as the manifest records them. */
    public Map<String, Object> design() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("method", "rejection ABC (Pritchard et al. 1999) on the observed patterns");
        d.put("sampling", sampling == Rejection.Sampling.LHS
                ? "Latin hypercube (McKay et al. 1979) drawn with MASON's Mersenne Twister"
                : "independent uniform draws from MASON's Mersenne Twister");
        d.put("samples", samples);
        d.put("seed", seed);
        d.put("replications_per_pattern", replications);
        d.put("tolerance", tolerance);
        d.put("distance", "failed observed checks + sum(max(alpha, p) of failed checks) / (checks + 1)");
        Map<String, Object> ranges = new LinkedHashMap<>();
        for (int i = 0; i < prior.dimensions(); i++) {
            ranges.put(prior.params().get(i).key(), List.of(prior.min()[i], prior.max()[i]));
        }
        d.put("prior", ranges);
        return d;
    }

    /** The parameters named in a file's {@code uncertain:} block, for the robustness box. */
    public List<Param> parameters() {
        return prior.params();
    }

    private static ParameterBox prior(YMap map, YMap root, Problems problems) {
        if (map == null || map.entries().isEmpty()) {
            problems.add(root.position(), "needs an 'uncertain:' block, e.g. uncertain: {trust_gain: {min: 0.03,"
                    + " max: 0.09}}");
            return null;
        }
        Map<Param, Scenario.Range> ranges = UncertainBinder.bind(map, problems);
        return new ParameterBox(List.copyOf(ranges.keySet()),
                ranges.values().stream().mapToDouble(Scenario.Range::min).toArray(),
                ranges.values().stream().mapToDouble(Scenario.Range::max).toArray());
    }
}
