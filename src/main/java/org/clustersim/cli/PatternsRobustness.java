package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clustersim.calibration.CalibrationFile;
import org.clustersim.calibration.ParameterBox;
import org.clustersim.calibration.Robustness;
import org.clustersim.calibration.RobustnessChart;
import org.clustersim.format.Json;
import org.clustersim.format.Num;
import org.clustersim.model.Param;
import org.clustersim.output.AtomicOutputDir;
import org.clustersim.output.Manifest;
import org.clustersim.patterns.PatternCatalog;
import org.clustersim.scenario.yaml.ScenarioException;

/**
 * {@code patterns --robustness}: every check of the catalogue over the master seeds given and a
 * Latin hypercube of parameter sets within plus or minus 20% of the defaults of the continuous
 * parameters of scenarios/calibration/observed.yaml's {@code uncertain:} list, drawn with that file's
 * seed. Writes robustness.csv, robustness.png and manifest.json.
 */
final class PatternsRobustness {
    static final double SHARE = 0.2;
    static final int DEFAULT_REPLICATIONS = 20;
    /** The calibration file whose uncertain parameters span the box. */
    static final String CALIBRATION = "calibration/observed.yaml";

    private final FolderOptions folder;
    private final RunOptions runs;
    private final List<Long> seeds;
    private final int points;
    private final String commandLine;

    PatternsRobustness(FolderOptions folder, RunOptions runs, List<Long> seeds, int points, String commandLine) {
        this.folder = folder;
        this.runs = runs;
        this.seeds = seeds;
        this.points = points;
        this.commandLine = commandLine;
    }

    int run(Path scenarios, Path target) throws IOException, ScenarioException {
        if (points < 2 || seeds.isEmpty()) {
            System.err.println("clustersim patterns: --robustness needs at least one seed and --points of 2 or more");
            return Main.BAD_INPUT;
        }
        long start = System.nanoTime();
        CalibrationFile calibration = CalibrationFile.load(scenarios.resolve(CALIBRATION));
        List<Param> params = calibration.parameters().stream().filter(p -> !p.isInteger()).toList();
        ParameterBox box = ParameterBox.aroundDefaults(params, SHARE);
        double[][] design = Robustness.points(box, points, calibration.seed());
        int replications = runs.replicationsOr(DEFAULT_REPLICATIONS);
        AtomicOutputDir dir = OutputFolders.open("patterns", target, folder.force);
        if (dir == null) {
            return Main.BAD_INPUT;
        }
        List<Robustness.Row> rows = Robustness.run(PatternCatalog.all(), scenarios, replications, runs.threads(),
                seeds, box, design, line -> {
                    if (!folder.quiet) {
                        System.err.println("clustersim: robustness: " + line);
                    }
                });
        Robustness.write(rows, dir.resolve("robustness.csv"));
        RobustnessChart.write(rows, seeds.size() + " master seeds; " + points + " parameter sets within 20% of the"
                + " calibrated values; " + replications + " replications", dir.resolve("robustness"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", commandLine);
        m.put("version", Manifest.version());
        m.put("seeds", seeds);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("method", "Latin hypercube (McKay et al. 1979) drawn with MASON's Mersenne Twister");
        d.put("points", points);
        d.put("seed", calibration.seed());
        d.put("box", "plus or minus 20% of each default, within the parameter's range");
        Map<String, Object> ranges = new LinkedHashMap<>();
        for (int i = 0; i < box.dimensions(); i++) {
            ranges.put(box.keys().get(i), List.of(box.min()[i], box.max()[i]));
        }
        d.put("parameters", ranges);
        d.put("points_seed", "each point runs every pattern file with the file's own master seed");
        m.put("design", d);
        m.put("replications", replications);
        m.put("threads", runs.threads());
        m.put("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
        Json.write(dir.resolve("manifest.json"), m);
        if (!OutputFolders.commit("patterns", dir)) {
            return Main.BAD_INPUT;
        }
        System.out.printf("%-4s %-84s %6s %6s%n", "", "check", "seeds", "box");
        for (Robustness.Row r : rows) {
            System.out.printf("%-4s %-84s %6s %6s%n", r.pattern(), r.check(), r.seedsPassed() + "/" + r.seedsTotal(),
                    Num.format(r.shareOfBox()));
        }
        System.out.println("wrote " + dir.target());
        return Main.OK;
    }
}
