package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.clustersim.format.Json;
import org.clustersim.output.Manifest;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.yaml.Position;
import org.clustersim.scenario.yaml.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code clustersim rerun DIR --out DIR2}: runs again what a results folder records, from its
 * {@code manifest.json} alone (the scenario as loaded, the master seed, steps and
 * replications; no scenario file is read), then checks that every CSV file written equals the
 * original byte for byte. Exit code 0 when all are equal, 1 when one differs or is missing, 2
 * when the folder cannot be rerun (no manifest, or another program version without
 * {@code --allow-version-change}).
 */
@Command(name = "rerun", description = "Run a results folder again from its manifest.json alone and check that "
        + "every CSV file comes out byte for byte the same.")
final class RerunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "a results folder (with manifest.json)")
    Path folder;

    @Option(names = "--allow-version-change", description = "rerun a folder written by another program version")
    boolean allowVersionChange;

    @Mixin
    OutOption out = new OutOption();

    @Mixin
    FolderOptions options = new FolderOptions();

    @Override
    public Integer call() throws IOException, ScenarioException {
        Path manifestFile = folder.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            System.err.println("clustersim rerun: " + folder + " is not a results folder (no manifest.json)");
            return Main.BAD_INPUT;
        }
        Map<?, ?> manifest = (Map<?, ?>) Json.read(manifestFile);
        Object version = manifest.get("version");
        if (!Manifest.version().equals(version) && !allowVersionChange) {
            System.err.println("clustersim rerun: " + folder + " was written by clustersim " + version + ", this is "
                    + Manifest.version() + "; results may differ: rerun with --allow-version-change to try anyway");
            return Main.BAD_INPUT;
        }
        Scenario s = scenarioOf(manifestFile, manifest, List.of());
        Path target = out.or(Path.of("results", s.name() + "-rerun"));
        List<String> args = new ArrayList<>(List.of("run", manifestFile.toString(), "--out", target.toString()));
        args.addAll(options.force ? List.of("--force") : List.of());
        args.addAll(options.quiet ? List.of("--quiet") : List.of());
        int code = Main.execute(args.toArray(String[]::new));
        return code != Main.OK ? code : compare(folder, target);
    }

    /**
     * The scenario a manifest records, with its seed, steps and replications; {@link RunCommand}
     * loads a {@code manifest.json} given as its file through this.
     */
    static Scenario load(Path manifestFile, List<String> sets) throws IOException, ScenarioException {
        return scenarioOf(manifestFile, (Map<?, ?>) Json.read(manifestFile), sets);
    }

    private static Scenario scenarioOf(Path manifestFile, Map<?, ?> manifest, List<String> sets)
            throws ScenarioException {
        if (!(manifest.get("resolved_scenario") instanceof Map<?, ?> resolved)) {
            throw new ScenarioException(Position.of(manifestFile.toString()), "no 'resolved_scenario': the folder"
                    + " was written before clustersim recorded it; rerun its scenario file instead");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) resolved;
        return ScenarioLoader.fromResolved(tree, manifestFile, sets).withRunSettings(
                Math.toIntExact(whole(manifest, "steps")), whole(manifest, "master_seed"),
                Math.toIntExact(whole(manifest, "replications")));
    }

    private static long whole(Map<?, ?> manifest, String key) throws ScenarioException {
        if (!(manifest.get(key) instanceof Long n)) {
            throw new ScenarioException(Position.of("manifest.json"), "'" + key + "' is not a whole number");
        }
        return n;
    }

    /** Compares every CSV file of the rerun with the original's; prints each that differs. */
    private static int compare(Path original, Path rerun) throws IOException {
        List<Path> csv;
        try (Stream<Path> files = Files.walk(rerun)) {
            csv = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        int differ = 0;
        for (Path f : csv) {
            Path before = original.resolve(rerun.relativize(f).toString());
            if (!Files.isRegularFile(before) || !Arrays.equals(Files.readAllBytes(before), Files.readAllBytes(f))) {
                System.out.println("differs: " + rerun.relativize(f));
                differ++;
            }
        }
        System.out.printf("%d of %d CSV files identical to %s%n", csv.size() - differ, csv.size(), original);
        return differ == 0 ? Main.OK : Main.FAILURE;
    }
}
