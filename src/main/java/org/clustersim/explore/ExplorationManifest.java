package org.clustersim.explore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clustersim.output.Manifest;
import org.clustersim.scenario.Scenario;

/**
 * The {@code manifest.json} of an exploration (Sobol', discovery, regret): the experiment's
 * fingerprint as {@code run} records it (version, files and SHA-256, resolved scenario, master
 * seed and its derivation, variants), without the run list, which the design fixes, followed by
 * the command, its own file, the design and its seed, the threads and the wall time.
 */
public final class ExplorationManifest {
    private ExplorationManifest() {
    }

    /**
     * @param command     e.g. "sensitivity --method sobol"
     * @param extraFiles  files besides the experiment's (the exploration file)
     * @param design      method, sample size, factors and ranges, criterion...
     * @param runs        model runs made
     */
    public static Map<String, Object> build(String command, Scenario s, List<Path> extraFiles,
                                            Map<String, Object> design, int runs, int threads, double seconds)
            throws IOException {
        return complete(fingerprint(command, s, extraFiles, design, runs), threads, seconds);
    }

    /** A manifest from its {@link #fingerprint}, with the threads, timing, Java version and git commit. */
    public static Map<String, Object> complete(Map<String, Object> fingerprint, int threads, double seconds) {
        return Manifest.complete(fingerprint, threads, seconds, "complete", List.of());
    }

    /**
     * What identifies an exploration, without timings: a resumed attempt, and every shard merged,
     * must match it exactly.
     */
    public static Map<String, Object> fingerprint(String command, Scenario s, List<Path> extraFiles,
                                                  Map<String, Object> design, int runs) throws IOException {
        Map<String, Object> fingerprint = new LinkedHashMap<>(Manifest.fingerprint(s, List.of(), List.of()));
        fingerprint.remove("runs");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", command);
        m.putAll(fingerprint);
        List<Object> files = new ArrayList<>();
        for (Path p : extraFiles) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", p.toString());
            f.put("sha256", Manifest.sha256(p));
            files.add(f);
        }
        m.put("exploration_files", files);
        m.put("design", design);
        m.put("runs", runs);
        return m;
    }
}
