package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clustersim.format.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --shard I/N} and {@code merge} on impose-vs-propose cut to 3 replications of 24
 * months (6 runs, 4 shards of 1, 2, 1 and 2 runs): the merged folder has the bytes of the
 * single-machine run (every CSV, the GraphML files, the charts), its manifest differing only in
 * timings; a missing shard is named with its runs and a foreign shard refused, writing nothing;
 * bad --shard values are refused; an interrupted shard finished with --resume is the same shard,
 * and --force replaces a shard folder.
 */
class MergeCommandTest {
    /** Manifest fields that differ between a merged folder and a single run. */
    private static final List<String> TIMING = List.of("threads", "wall_seconds", "shards");

    @TempDir
    static Path tmp;
    static Path experiment;
    static Path single;

    @BeforeAll
    static void runSingleAndShards() throws IOException {
        experiment = tmp.resolve("exp.yaml");
        Files.writeString(experiment, "extends: " + Path.of("scenarios/impose-vs-propose.yaml").toAbsolutePath()
                + "\nname: merge-test\nreplications: 3\nsteps: 24\n");
        single = tmp.resolve("single");
        assertEquals(0, CliHarness.run("run", experiment.toString(), "--out", single.toString(), "--quiet").code());
        for (int i = 1; i <= 4; i++) {
            CliHarness.Result r = CliHarness.run("run", experiment.toString(), "--shard", i + "/4", "--out",
                    shard(i).toString(), "--quiet", "--threads", "1");
            assertEquals(0, r.code(), r.err());
        }
    }

    private static Path shard(int i) {
        return tmp.resolve("shards/shard-" + i);
    }

    @Test
    void shardFolderHoldsItsRunsOnly() throws IOException {
        assertTrue(Files.isRegularFile(shard(1).resolve("network-propose.graphml")), "replication 1 of propose");
        assertFalse(Files.exists(shard(2).resolve("network-propose.graphml")));
        assertFalse(Files.exists(shard(2).resolve("summary.csv")), "no summaries in a shard");
        assertFalse(Files.exists(shard(2).resolve("charts")), "no charts in a shard");
        List<String> rows = Files.readAllLines(shard(2).resolve("timeseries.csv"));
        assertEquals(1 + 2 * 25, rows.size());
        assertTrue(rows.get(1).startsWith("propose,2,") && rows.get(26).startsWith("propose,3,"), rows.get(1));
        String json = Files.readString(shard(2).resolve("shard.json"));
        assertTrue(json.contains("\"shard\": 2") && json.contains("\"shards\": 4") && json.contains("\"host\"")
                && json.contains("\"sha256\"") && json.contains("\"master_seed\": 20180101"), json);
    }

    @Test
    void mergedShardsEqualTheSingleRunByteForByte() throws IOException {
        Path merged = tmp.resolve("merged");
        CliHarness.Result r = CliHarness.run("merge", shard(3).toString(), shard(1).toString(), shard(4).toString(),
                shard(2).toString(), "--out", merged.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        List<String> files = files(single);
        assertEquals(files, files(merged));
        assertTrue(files.containsAll(List.of("comparison.csv", "network-impose.graphml", "charts/cohesion.csv")));
        for (String f : files) {
            if (!f.equals("manifest.json") && !f.equals("report.html")) {
                assertArrayEquals(Files.readAllBytes(single.resolve(f)), Files.readAllBytes(merged.resolve(f)), f);
            }
        }
        Map<?, ?> one = (Map<?, ?>) Json.parse(Files.readString(single.resolve("manifest.json")));
        Map<?, ?> many = (Map<?, ?>) Json.parse(Files.readString(merged.resolve("manifest.json")));
        assertEquals(4, ((List<?>) many.get("shards")).size());
        one.keySet().removeAll(TIMING);
        many.keySet().removeAll(TIMING);
        assertEquals(one, many);
    }

    @Test
    void missingShardIsNamedAndNothingIsWritten() {
        Path out = tmp.resolve("incomplete");
        CliHarness.Result r = CliHarness.run("merge", shard(1).toString(), shard(2).toString(), shard(4).toString(),
                "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("missing 1 run(s): impose replication 1; shard(s) 3 of 4 not given"), r.err());
        assertNothingAt(out);
    }

    @Test
    void foreignShardIsRefused() {
        Path foreign = tmp.resolve("foreign");
        assertEquals(0, CliHarness.run("run", experiment.toString(), "--seed", "5", "--shard", "3/4", "--out",
                foreign.toString(), "--quiet").code());
        Path out = tmp.resolve("mixed");
        CliHarness.Result r = CliHarness.run("merge", shard(1).toString(), shard(2).toString(), foreign.toString(),
                shard(4).toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(foreign + " does not belong with " + shard(1) + ": its master_seed is 5"), r.err());
        assertNothingAt(out);
    }

    @Test
    void duplicatedShardIsRefused() {
        Path out = tmp.resolve("twice");
        CliHarness.Result r = CliHarness.run("merge", shard(1).toString(), shard(2).toString(), shard(2).toString(),
                shard(3).toString(), shard(4).toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("shard 2/4 is given twice"), r.err());
        assertNothingAt(out);
    }

    @Test
    void badShardValuesAreBadInput() {
        for (String bad : new String[] {"0/4", "5/4", "1/7", "1/0", "two/4"}) {
            Path out = tmp.resolve("bad");
            CliHarness.Result r = CliHarness.run("run", experiment.toString(), "--shard", bad, "--out", out.toString());
            assertEquals(2, r.code(), bad);
            assertTrue(r.err().contains("--shard"), r.err());
            assertNothingAt(out);
        }
    }

    @Test
    void interruptedShardResumesToTheSameBytes() throws IOException {
        Path out = tmp.resolve("resumed");
        Path partial = tmp.resolve("resumed.partial");
        Files.createDirectories(partial);
        List<String> series = Files.readAllLines(shard(2).resolve("timeseries.csv"));
        Files.write(partial.resolve("timeseries.csv"), series.subList(0, 35));
        Files.copy(shard(2).resolve("trust_runs.csv"), partial.resolve("trust_runs.csv"));
        CliHarness.Result r = CliHarness.run("run", experiment.toString(), "--shard", "2/4", "--out", out.toString(),
                "--resume", "--quiet");
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(partial));
        for (String f : List.of("timeseries.csv", "trust_runs.csv")) {
            assertArrayEquals(Files.readAllBytes(shard(2).resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertTrue(Files.isRegularFile(out.resolve("shard.json")));
    }

    @Test
    void forceReplacesAShardFolder() throws IOException {
        Path again = tmp.resolve("again");
        Files.createDirectories(again);
        Files.copy(shard(1).resolve("shard.json"), again.resolve("shard.json"));
        CliHarness.Result r = CliHarness.run("run", experiment.toString(), "--shard", "1/4", "--out", again.toString(),
                "--force", "--quiet");
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(Files.readAllBytes(shard(1).resolve("timeseries.csv")),
                Files.readAllBytes(again.resolve("timeseries.csv")));
    }

    private static void assertNothingAt(Path out) {
        assertFalse(Files.exists(out), out + " written");
        assertFalse(Files.exists(out.resolveSibling(out.getFileName() + ".partial")), out + ".partial written");
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
