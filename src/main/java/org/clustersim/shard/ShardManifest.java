package org.clustersim.shard;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clustersim.experiment.ExperimentRunner;
import org.clustersim.format.Json;
import org.clustersim.format.RunKey;

/**
 * {@code shard.json}, written last into a shard folder by {@code run --shard I/N}: the shard's
 * number I and count N, the host it ran on, its threads, wall time and Java version, and under
 * {@code experiment} the run fingerprint of {@link org.clustersim.output.Manifest#fingerprint}
 * (program version, scenario files with their SHA-256, steps, replications, master seed,
 * overrides, variants with every parameter) whose {@code runs} are the runs this shard covers.
 *
 * @param folder     the shard folder the file was read from
 * @param experiment the fingerprint, numbers read back as {@code Long} or {@code Double}
 */
public record ShardManifest(Path folder, Shard shard, String host, int threads, double seconds, String java,
                            Map<String, Object> experiment) {
    public static final String FILE = "shard.json";

    /** What a resumed shard must match: its place in the split and its experiment fingerprint. */
    public static Map<String, Object> resumeFingerprint(Shard shard, Map<String, Object> fingerprint) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shard", shard.index());
        m.put("shards", shard.count());
        m.put("experiment", fingerprint);
        return m;
    }

    /** Writes {@code folder/shard.json} for a shard that has finished its runs. */
    public static void write(Path folder, Shard shard, Map<String, Object> fingerprint, int threads, double seconds)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shard", shard.index());
        m.put("shards", shard.count());
        m.put("host", hostName());
        m.put("threads", threads);
        m.put("wall_seconds", seconds);
        m.put("java", System.getProperty("java.version"));
        m.put("experiment", fingerprint);
        Json.write(folder.resolve(FILE), m);
    }

    /**
     * Reads the {@code shard.json} of {@code folder}.
     *
     * @throws ShardException if the folder does not exist, is unfinished or its file is not a shard's
     */
    public static ShardManifest read(Path folder) throws ShardException, IOException {
        if (!Files.isDirectory(folder)) {
            throw new ShardException(folder + ": no such folder");
        }
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new ShardException(folder + ": not a finished shard (no " + FILE + "); a shard that did not finish"
                    + " is left as " + folder + ".partial: rerun its task with --resume");
        }
        try {
            Map<?, ?> m = (Map<?, ?>) Json.parse(Files.readString(file));
            @SuppressWarnings("unchecked")
            Map<String, Object> experiment = (Map<String, Object>) m.get("experiment");
            ShardManifest sm = new ShardManifest(folder, new Shard(number(m, "shard"), number(m, "shards")),
                    (String) m.get("host"), number(m, "threads"), ((Number) m.get("wall_seconds")).doubleValue(),
                    (String) m.get("java"), experiment);
            // Malformed runs or steps fail here, with the file named, rather than later in merge.
            sm.runs();
            sm.steps();
            return sm;
        } catch (RuntimeException e) {
            throw new ShardException(file + ": not a shard manifest (" + e.getMessage() + ")");
        }
    }

    /** The runs this shard covers, in plan order. */
    public List<RunKey> runs() {
        List<RunKey> runs = new ArrayList<>();
        for (Object o : (List<?>) experiment.get("runs")) {
            Map<?, ?> r = (Map<?, ?>) o;
            runs.add(new RunKey((String) r.get("variant"), number(r, "replication"),
                    ((Number) r.get("seed")).longValue()));
        }
        return runs;
    }

    /** The experiment's name. */
    public String name() { return (String) experiment.get("scenario"); }

    /** Months per run. */
    public int steps() { return number(experiment, "steps"); }

    /** Every run of the experiment, in plan order. */
    public List<RunKey> plan() {
        List<String> variants = new ArrayList<>();
        for (Object v : (List<?>) experiment.get("variants")) {
            variants.add((String) ((Map<?, ?>) v).get("name"));
        }
        return ExperimentRunner.plan(variants, number(experiment, "replications"),
                ((Number) experiment.get("master_seed")).longValue());
    }

    /**
     * What shards of one experiment share: the fingerprint without its runs, each scenario file
     * by its SHA-256 only (a path depends on where the shard was started from), and N.
     */
    public Map<String, Object> identity() {
        Map<String, Object> m = new LinkedHashMap<>(experiment);
        m.remove("runs");
        List<Object> hashes = new ArrayList<>();
        for (Object f : (List<?>) experiment.get("files")) {
            hashes.add(((Map<?, ?>) f).get("sha256"));
        }
        m.put("files", hashes);
        m.put("shards", shard.count());
        return m;
    }

    private static int number(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Long n)) {
            throw new IllegalArgumentException("'" + key + "' is not a whole number");
        }
        return Math.toIntExact(n);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
