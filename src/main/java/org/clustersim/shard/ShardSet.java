package org.clustersim.shard;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.clustersim.output.Manifest;
import org.clustersim.output.ResultsWriter;
import org.clustersim.format.RunKey;

/**
 * The shard folders given to {@code merge}, checked to be one whole experiment before anything
 * is written: every folder is a finished shard, all come from the same experiment (same program
 * version, scenario files' SHA-256, steps, replications, master seed, overrides, variants and
 * number of shards N), and together they hold every run of the plan exactly once, each complete.
 */
public final class ShardSet {
    private final List<ShardManifest> shards;
    private final List<RunKey> plan;

    private ShardSet(List<ShardManifest> shards, List<RunKey> plan) {
        this.shards = shards;
        this.plan = plan;
    }

    /**
     * Reads and checks the shard folders.
     *
     * @throws ShardException naming the offending folder, or the missing or duplicated runs
     */
    public static ShardSet read(List<Path> folders) throws ShardException, IOException {
        List<ShardManifest> shards = new ArrayList<>();
        for (Path f : folders) {
            shards.add(ShardManifest.read(f));
        }
        for (ShardManifest s : shards) {
            checkBelongs(shards.get(0), s);
        }
        shards.sort(Comparator.comparingInt(s -> s.shard().index()));
        List<RunKey> plan = shards.get(0).plan();
        checkCoverage(shards, plan);
        for (ShardManifest s : shards) {
            checkComplete(s);
        }
        return new ShardSet(List.copyOf(shards), plan);
    }

    /** Every run of the experiment, in plan order. */
    public List<RunKey> plan() { return plan; }

    /** The shard folders, in shard order. */
    public List<Path> folders() { return shards.stream().map(ShardManifest::folder).toList(); }

    /** The experiment's name. */
    public String name() { return shards.get(0).name(); }

    /** Months per run. */
    public int steps() { return shards.get(0).steps(); }

    /**
     * The merged folder's manifest: that of the whole experiment run on one machine, with the
     * shards' total threads, the merge's wall time, and each shard's host, threads and wall time.
     */
    public Map<String, Object> manifest(double seconds) {
        int threads = shards.stream().mapToInt(ShardManifest::threads).sum();
        Map<String, Object> m = Manifest.complete(Manifest.withRuns(shards.get(0).experiment(), plan), threads,
                seconds, "complete", List.of());
        List<Object> list = new ArrayList<>();
        for (ShardManifest s : shards) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("shard", s.shard().index());
            e.put("folder", s.folder().toAbsolutePath().normalize().toString());
            e.put("host", s.host());
            e.put("threads", s.threads());
            e.put("wall_seconds", s.seconds());
            e.put("java", s.java());
            list.add(e);
        }
        m.put("shards", list);
        return m;
    }

    /** Copies the shards' network files (each variant's replication 1) into {@code dir}, in shard order. */
    public void copyNetworks(Path dir) throws IOException {
        for (Path folder : folders()) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "network-*.graphml")) {
                for (Path f : files) {
                    Files.copy(f, dir.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void checkBelongs(ShardManifest first, ShardManifest s) throws ShardException {
        Map<String, Object> a = first.identity();
        Map<String, Object> b = s.identity();
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            if (!Objects.equals(a.get(k), b.get(k))) {
                String what = a.get(k) instanceof Map || a.get(k) instanceof List ? " differ"
                        : " is " + b.get(k) + ", not " + a.get(k);
                throw new ShardException(s.folder() + " does not belong with " + first.folder() + ": its " + k + what
                        + " (a shard of another experiment, file, seed, version or number of shards)");
            }
        }
    }

    private static void checkCoverage(List<ShardManifest> shards, List<RunKey> plan) throws ShardException {
        Map<Integer, Path> byIndex = new LinkedHashMap<>();
        Map<RunKey, Path> where = new LinkedHashMap<>();
        Set<RunKey> inPlan = new HashSet<>(plan);
        for (ShardManifest s : shards) {
            Path other = byIndex.putIfAbsent(s.shard().index(), s.folder());
            if (other != null) {
                throw new ShardException("shard " + s.shard() + " is given twice: " + other + " and " + s.folder());
            }
            for (RunKey k : s.runs()) {
                Path before = where.putIfAbsent(k, s.folder());
                if (before != null) {
                    throw new ShardException("run " + k.variant() + " replication " + k.replication()
                            + " is in two shards: " + before + " and " + s.folder());
                }
                if (!inPlan.contains(k)) {
                    throw new ShardException(s.folder() + " holds a run that is not in the experiment: "
                            + k.variant() + " replication " + k.replication() + " with seed " + k.seed());
                }
            }
        }
        List<RunKey> missing = plan.stream().filter(k -> !where.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            int n = shards.get(0).shard().count();
            SortedSet<Integer> absent = new TreeSet<>();
            for (int i = 1; i <= n; i++) {
                if (!byIndex.containsKey(i)) {
                    absent.add(i);
                }
            }
            throw new ShardException("missing " + missing.size() + " run(s): " + RunRanges.describe(missing)
                    + (absent.isEmpty() ? "" : "; shard(s) " + RunRanges.join(absent) + " of " + n + " not given"));
        }
    }

    private static void checkComplete(ShardManifest s) throws ShardException, IOException {
        Set<RunKey> done;
        try {
            done = ResultsWriter.finishedRuns(s.folder(), s.steps());
        } catch (NoSuchFileException e) {
            throw new ShardException(s.folder() + ": damaged shard, " + e.getFile() + " is missing; run it again");
        }
        List<RunKey> lacking = s.runs().stream().filter(k -> !done.contains(k)).toList();
        if (!lacking.isEmpty()) {
            throw new ShardException(s.folder() + ": damaged shard, its timeseries.csv or trust_runs.csv lacks rows of "
                    + RunRanges.describe(lacking) + "; run it again");
        }
    }
}
