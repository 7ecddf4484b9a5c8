package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clustersim.calibration.Calibration;
import org.clustersim.calibration.CalibrationFile;
import org.clustersim.calibration.CalibrationReport;
import org.clustersim.calibration.PairsChart;
import org.clustersim.calibration.Posterior;
import org.clustersim.calibration.Rejection;
import org.clustersim.calibration.SamplesFile;
import org.clustersim.format.Json;
import org.clustersim.output.AtomicOutputDir;
import org.clustersim.output.FolderLock;
import org.clustersim.output.Manifest;
import org.clustersim.output.OutputExistsException;
import org.clustersim.patterns.Check;
import org.clustersim.patterns.Pattern;
import org.clustersim.patterns.PatternCatalog;
import org.clustersim.scenario.yaml.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code clustersim calibrate FILE}: rejection ABC of the uncertain parameters on the observed
 * patterns only (never on the hypotheses). Writes samples.csv, accepted.csv, posterior.csv,
 * pairs.png, report.html and manifest.json. Resumable ({@code --resume} keeps the draws already
 * in {@code <out>.partial/samples.csv}) and shardable ({@code --shard I/N} runs a block of the
 * draws; {@code --merge DIR...} joins the shards' samples into the full results).
 */
@Command(name = "calibrate", description = "Estimate the uncertain parameters on the observed patterns"
        + " (rejection ABC); writes accepted.csv for run --over.")
final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "calibration file, e.g. scenarios/calibration.yaml")
    Path file;

    @Option(names = "--shard", paramLabel = "I/N", description = "run only the I-th of N blocks of the prior draws")
    String shard;

    @Option(names = "--resume", description = "finish an interrupted calibration of the same file")
    boolean resume;

    @Option(names = "--merge", arity = "1..*", paramLabel = "DIR", description = "join the folders of all shards")
    List<Path> merge;

    @Mixin
    OutOption out = new OutOption();

    @Mixin
    RunOptions runs = new RunOptions();

    @Mixin
    FolderOptions folder = new FolderOptions();

    @Mixin
    LockOptions lock = new LockOptions();

    @Override
    public Integer call() throws IOException, ScenarioException {
        if (runs.threadsProblem() != null) {
            return bad(runs.threadsProblem());
        }
        if (runs.replications != null) {
            return bad("--replications is set in the calibration file ('replications:')");
        }
        CalibrationFile c = CalibrationFile.load(file);
        int n = c.samples();
        int from = 0;
        int to = n;
        String part = null;
        if (shard != null) {
            if (merge != null) {
                return bad("--shard and --merge do not go together");
            }
            try {
                org.clustersim.shard.Shard s = org.clustersim.shard.Shard.parse(shard, n);
                from = (int) ((long) (s.index() - 1) * n / s.count());
                to = (int) ((long) s.index() * n / s.count());
                part = s.toString();
            } catch (IllegalArgumentException e) {
                return bad(e.getMessage());
            }
        }
        Path target = out.or(Path.of("results", part == null ? c.name()
                : c.name() + "-shard-" + part.replace("/", "-of-")));
        FolderLock held = lock.take(target);
        if (held == null) {
            return Main.BAD_INPUT;
        }
        try (held) {
            return write(c, target, from, to, part);
        }
    }

    private int write(CalibrationFile c, Path target, int from, int to, String part)
            throws IOException, ScenarioException {
        long start = System.nanoTime();
        AtomicOutputDir dir;
        if (resume) {
            try {
                dir = AtomicOutputDir.resume(target, folder.force);
            } catch (OutputExistsException e) {
                System.err.println("clustersim calibrate: --resume: " + target + " is complete; nothing to resume");
                return Main.OK;
            } catch (IOException e) {
                return bad("--resume: nothing to resume at " + target + ".partial");
            }
        } else {
            dir = OutputFolders.open("calibrate", target, folder.force);
            if (dir == null) {
                return Main.BAD_INPUT;
            }
        }
        Path design = dir.resolve("design.json");
        Object wanted = Json.parse(Json.toJson(c.design()));
        if (Files.exists(design) && !Json.read(design).equals(wanted)) {
            return bad("--resume: " + target + ".partial was written for another design; start again with --force");
        }
        Json.write(design, c.design());
        List<Pattern> observed = PatternCatalog.all().stream().filter(p -> p.kind() == Pattern.Kind.OBSERVED).toList();
        List<String> keys = c.prior().keys();
        Path samplesCsv = dir.resolve("samples.csv");
        List<Rejection.Sample> samples;
        if (merge != null) {
            samples = merged(keys, wanted);
            if (samples == null) {
                return Main.BAD_INPUT;
            }
        } else {
            final int first = from;
            final int last = to;
            List<Rejection.Sample> done = SamplesFile.read(samplesCsv, keys).stream()
                    .filter(s -> s.index() >= first && s.index() < last).toList();
            SamplesFile.write(samplesCsv, keys, done);
            double[][] points = Rejection.design(c.prior(), c.samples(), c.sampling(), c.seed());
            Calibration.Model model = Calibration.ofPatterns(observed, Path.of(System.getProperty("clustersim.home",
                    ".")).resolve("scenarios"), c.prior(), c.replications(), c.seed(), runs.threads());
            samples = Calibration.run(points, from, to, done, (i, v) -> {
                if (!folder.quiet) {
                    System.err.println("clustersim: calibrate: draw " + (i + 1) + " of " + c.samples());
                }
                return model.at(i, v);
            }, s -> SamplesFile.append(samplesCsv, keys, s));
        }
        SamplesFile.write(samplesCsv, keys, samples);
        List<Rejection.Sample> accepted = Rejection.accepted(samples, c.tolerance());
        Map<String, Object> m = manifestHead(lock.commandLine(), file);
        m.put("design", c.design());
        m.put("observed_patterns", observed.stream().map(Pattern::id).toList());
        m.put("shard", part);
        m.put("draws", samples.size());
        m.put("threads", runs.threads());
        m.put("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
        if (part == null) {
            m.put("accepted", accepted.size());
            SamplesFile.write(dir.resolve("accepted.csv"), keys, accepted);
            List<Posterior.Row> posterior = Posterior.of(c.prior(), accepted);
            Posterior.write(posterior, dir.resolve("posterior.csv"));
            PairsChart.write(c.prior(), samples, accepted, "Calibration '" + c.name() + "': accepted parameter sets",
                    dir.resolve("pairs"));
            List<String> checks = new ArrayList<>();
            for (Pattern p : observed) {
                for (Check k : p.checks()) {
                    checks.add(p.id() + ": " + k.describe());
                }
            }
            CalibrationReport.write(c, samples, accepted, posterior, checks, dir.resolve("report.html"));
        }
        Json.write(dir.resolve("manifest.json"), m);
        Files.delete(design);
        if (!OutputFolders.commit("calibrate", dir)) {
            return Main.BAD_INPUT;
        }
        System.out.printf("%s: %d draws, %d accepted (distance <= %s); wrote %s%n", c.name(), samples.size(),
                accepted.size(), org.clustersim.format.Num.format(c.tolerance()), dir.target());
        return Main.OK;
    }

    /** The shards' draws, every index once; null after saying what is wrong. */
    private List<Rejection.Sample> merged(List<String> keys, Object wanted) throws IOException {
        List<Rejection.Sample> all = new ArrayList<>();
        for (Path d : merge) {
            Path manifest = d.resolve("manifest.json");
            if (!Files.isRegularFile(manifest)) {
                bad("--merge: " + d + " holds no manifest.json (not a finished shard)");
                return null;
            }
            Object design = ((Map<?, ?>) Json.read(manifest)).get("design");
            if (!wanted.equals(design)) {
                bad("--merge: " + d + " was calibrated with another design than " + file);
                return null;
            }
            all.addAll(SamplesFile.read(d.resolve("samples.csv"), keys));
        }
        boolean[] seen = new boolean[((Number) ((Map<?, ?>) wanted).get("samples")).intValue()];
        for (Rejection.Sample s : all) {
            if (s.index() < 0 || s.index() >= seen.length || seen[s.index()]) {
                bad("--merge: draw " + s.index() + " appears twice or is out of the design");
                return null;
            }
            seen[s.index()] = true;
        }
        if (all.size() != seen.length) {
            bad("--merge: the shards hold " + all.size() + " of the " + seen.length + " draws; a shard is missing");
            return null;
        }
        return all;
    }

    /** The first fields of a manifest: the command, the version, the file read and its SHA-256. */
    static Map<String, Object> manifestHead(String commandLine, Path file) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", commandLine);
        m.put("version", Manifest.version());
        m.put("file", file.toString());
        m.put("file_sha256", Manifest.sha256(file));
        return m;
    }

    private static int bad(String message) {
        System.err.println("clustersim calibrate: " + message);
        return Main.BAD_INPUT;
    }
}
