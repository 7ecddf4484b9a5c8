package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clustersim.calibration.OverAccepted;
import org.clustersim.format.Json;
import org.clustersim.output.AtomicOutputDir;
import org.clustersim.output.FolderLock;
import org.clustersim.output.Manifest;
import org.clustersim.patterns.Pattern;
import org.clustersim.patterns.PatternCatalog;
import org.clustersim.scenario.yaml.ScenarioException;

/**
 * {@code run FILE --over accepted.csv}: the experiment at every parameter set a calibration
 * accepted. A pattern's file reports its checks (hypotheses: SUPPORTED or not); any other
 * experiment its headline differences (first variant against each other one, each metric at the
 * end). Writes over.csv and manifest.json, and prints the share of accepted sets in which each
 * statement holds.
 */
final class RunOver {
    private final Path file;
    private final Path accepted;
    private final RunOptions runs;
    private final OutOption out;
    private final FolderOptions folder;
    private final LockOptions lock;

    RunOver(Path file, Path accepted, RunOptions runs, OutOption out, FolderOptions folder, LockOptions lock) {
        this.file = file;
        this.accepted = accepted;
        this.runs = runs;
        this.out = out;
        this.folder = folder;
        this.lock = lock;
    }

    Integer call() throws IOException, ScenarioException {
        if (runs.threadsProblem() != null || runs.replications != null && runs.replications < 2) {
            System.err.println("clustersim run: " + (runs.threadsProblem() != null ? runs.threadsProblem()
                    : "--replications must be at least 2 (the tests compare samples)"));
            return Main.BAD_INPUT;
        }
        List<List<String>> sets;
        try {
            sets = OverAccepted.read(accepted);
        } catch (IOException e) {
            System.err.println("clustersim run: --over: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (sets.isEmpty()) {
            System.err.println("clustersim run: --over: " + accepted + " holds no accepted parameter set");
            return Main.BAD_INPUT;
        }
        Path scenarios = Path.of(System.getProperty("clustersim.home", ".")).resolve("scenarios");
        List<Pattern> patterns = OverAccepted.patternsOf(file, PatternCatalog.all(), scenarios);
        if (patterns.isEmpty()) {
            patterns = List.of(OverAccepted.headline(file));
        }
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Path target = out.or(Path.of("results", name + "-over"));
        FolderLock held = lock.take(target);
        if (held == null) {
            return Main.BAD_INPUT;
        }
        try (held) {
            long start = System.nanoTime();
            AtomicOutputDir dir = OutputFolders.open("run", target, folder.force);
            if (dir == null) {
                return Main.BAD_INPUT;
            }
            List<OverAccepted.Holding> rows = OverAccepted.run(patterns, scenarios, sets, runs.replications,
                    runs.threads(), line -> {
                        if (!folder.quiet) {
                            System.err.println("clustersim: over: " + line);
                        }
                    });
            OverAccepted.write(rows, dir.resolve("over.csv"));
            Map<String, Object> m = CalibrateCommand.manifestHead(lock.commandLine(), file);
            m.put("accepted", accepted.toString());
            m.put("accepted_sha256", Manifest.sha256(accepted));
            m.put("parameter_sets", sets.size());
            m.put("replications", runs.replications == null ? "the file's" : runs.replications);
            m.put("threads", runs.threads());
            m.put("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
            Json.write(dir.resolve("manifest.json"), m);
            if (!OutputFolders.commit("run", dir)) {
                return Main.BAD_INPUT;
            }
            rows.forEach(h -> System.out.println(OverAccepted.sentence(h)));
            System.out.println("wrote " + dir.target());
            return Main.OK;
        }
    }
}
