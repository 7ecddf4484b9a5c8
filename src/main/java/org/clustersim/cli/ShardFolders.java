package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clustersim.format.Json;
import org.clustersim.format.RunKey;
import org.clustersim.sensitivity.Outcomes;
import org.clustersim.sensitivity.RunsFile;
import org.clustersim.shard.Shard;

/**
 * The shards of an exploration ({@code discover} or {@code regret} with {@code --shard I/N}):
 * each shard folder holds its {@code runs.csv} and a {@code shard.json} with the exploration's
 * fingerprint and its place; {@code --merge} checks that the folders are every shard of the same
 * exploration, once each, then writes their runs, in plan order, as one {@code runs.csv} and
 * passes them to the analysis, which thus sees what one machine would have computed.
 */
final class ShardFolders {
    static final String SHARD = "shard.json";

    private ShardFolders() {
    }

    static void writeShardJson(Path dir, Map<String, Object> fingerprint, Shard part, int threads, double seconds)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shard", part.index());
        m.put("shards", part.count());
        m.put("fingerprint", fingerprint);
        m.put("threads", threads);
        m.put("wall_seconds", seconds);
        Json.write(dir.resolve(ShardFolders.SHARD), m);
    }

    /** Replays the shards' runs into {@code dir/runs.csv} and {@code into}; false after saying what is wrong. */
    static boolean replay(String command, List<Path> shards, Map<String, Object> fingerprint, List<RunKey> plan,
                          Path dir, Outcomes into) throws IOException {
        String expected = Json.toJson(fingerprint);
        TreeMap<Integer, Path> byIndex = new TreeMap<>();
        int count = -1;
        for (Path s : shards) {
            Path json = s.resolve(ShardFolders.SHARD);
            if (!Files.isRegularFile(json) || !Files.isRegularFile(s.resolve(RunsFile.FILE))) {
                return say(command, s + " is not a finished shard folder (no " + ShardFolders.SHARD + " or "
                        + RunsFile.FILE + ")");
            }
            Map<?, ?> m = (Map<?, ?>) Json.read(json);
            if (!Json.toJson(m.get("fingerprint")).equals(expected)) {
                return say(command, s + " is a shard of another exploration (other file, samples, seed or version)");
            }
            int index = ((Number) m.get("shard")).intValue();
            int n = ((Number) m.get("shards")).intValue();
            if (count >= 0 && n != count || byIndex.put(index, s) != null) {
                return say(command, s + ": shard " + index + "/" + n + " does not fit the other shards given");
            }
            count = n;
        }
        if (byIndex.size() != count) {
            return say(command, "got " + byIndex.size() + " of " + count + " shards; missing: "
                    + missing(byIndex, count));
        }
        List<RunKey> seen = new ArrayList<>();
        try (RunsFile out = RunsFile.open(dir, false, into)) {
            for (Path s : byIndex.values()) {
                for (Map.Entry<RunKey, double[]> e : RunsFile.read(s.resolve(RunsFile.FILE)).entrySet()) {
                    seen.add(e.getKey());
                    out.accept(e.getKey(), new double[][] {e.getValue()}, null);
                }
            }
        }
        if (!seen.equals(plan)) {
            return say(command, "the shards hold " + seen.size() + " runs, not the " + plan.size()
                    + " runs of the plan in order: was a shard left unfinished?");
        }
        return true;
    }

    private static List<Integer> missing(TreeMap<Integer, Path> byIndex, int count) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (!byIndex.containsKey(i)) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean say(String command, String message) {
        System.err.println("clustersim " + command + ": --merge: " + message);
        return false;
    }
}
