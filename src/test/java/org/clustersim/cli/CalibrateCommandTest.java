package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calibrate} on a tiny calibration (4 draws, 2 replications): a run killed after its
 * first draw, with a last line cut short, resumes to the same bytes as a run in one go; shards
 * merged give the same bytes too; and {@code run --over} reads its accepted sets.
 */
class CalibrateCommandTest {
    @TempDir
    static Path dir;

    static Path file;
    static Path reference;

    @BeforeAll
    static void calibrateInOneGo() throws Exception {
        file = dir.resolve("tiny.yaml");
        Files.writeString(file, """
                name: tiny
                samples: 4
                tolerance: 100
                replications: 2
                seed: 5
                uncertain:
                  trust_gain: {min: 0.05, max: 0.07}
                  stranger_trust: {min: 0.25, max: 0.35}
                """);
        reference = dir.resolve("reference");
        CliRun r = CliRun.of("calibrate", file.toString(), "--out", reference.toString(), "--quiet");
        assertEquals(Main.OK, r.exitCode(), r.describe());
        assertTrue(r.out().contains("4 draws, 4 accepted"), r.out());
    }

    @Test
    void theOutputsHoldEveryDrawAndTheMarginals() throws Exception {
        for (String f : List.of("samples.csv", "accepted.csv", "posterior.csv", "pairs.png", "report.html",
                "manifest.json")) {
            assertTrue(Files.isRegularFile(reference.resolve(f)), f);
        }
        List<String> samples = Files.readAllLines(reference.resolve("samples.csv"));
        assertEquals("sample,trust_gain,stranger_trust,failed,distance", samples.get(0));
        assertEquals(5, samples.size());
        List<String> post = Files.readAllLines(reference.resolve("posterior.csv"));
        assertTrue(post.get(1).startsWith("trust_gain,0.05,0.07,4,"), post.get(1));
        assertFalse(Files.exists(reference.resolve("design.json")), "the resume marker is gone once complete");
    }

    @Test
    void aKilledCalibrationResumesToTheSameBytes() throws Exception {
        Path out = dir.resolve("killed");
        Path partial = dir.resolve("killed.partial");
        Files.createDirectories(partial);
        List<String> lines = Files.readAllLines(reference.resolve("samples.csv"));
        Files.writeString(partial.resolve("samples.csv"), lines.get(0) + "\n" + lines.get(1) + "\n"
                + lines.get(2).substring(0, 10));
        CliRun r = CliRun.of("calibrate", file.toString(), "--out", out.toString(), "--resume", "--quiet");
        assertEquals(Main.OK, r.exitCode(), r.describe());
        for (String f : List.of("samples.csv", "accepted.csv", "posterior.csv", "report.html")) {
            assertEquals(Files.readString(reference.resolve(f)), Files.readString(out.resolve(f)), f);
        }
        assertFalse(Files.exists(partial));
    }

    @Test
    void shardsMergeToTheSameBytes() throws Exception {
        Path one = dir.resolve("s1");
        Path two = dir.resolve("s2");
        assertEquals(Main.OK, CliRun.of("calibrate", file.toString(), "--shard", "1/2", "--out", one.toString(),
                "--quiet").exitCode());
        assertEquals(Main.OK, CliRun.of("calibrate", file.toString(), "--shard", "2/2", "--out", two.toString(),
                "--quiet").exitCode());
        assertEquals(3, Files.readAllLines(one.resolve("samples.csv")).size(), "header and draws 0 and 1");
        Path merged = dir.resolve("merged");
        CliRun missing = CliRun.of("calibrate", file.toString(), "--merge", one.toString(), "--out",
                dir.resolve("half").toString(), "--quiet");
        assertEquals(Main.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("a shard is missing"), missing.err());
        CliRun r = CliRun.of("calibrate", file.toString(), "--merge", one.toString(), two.toString(), "--out",
                merged.toString(), "--quiet");
        assertEquals(Main.OK, r.exitCode(), r.describe());
        for (String f : List.of("samples.csv", "accepted.csv", "posterior.csv")) {
            assertEquals(Files.readString(reference.resolve(f)), Files.readString(merged.resolve(f)), f);
        }
    }

    @Test
    void aBadCalibrationFileNamesItsLine() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nuncertain:\n  trust_gian: {min: 0.1, max: 0.2}\n");
        CliRun r = CliRun.of("calibrate", bad.toString(), "--out", dir.resolve("bad-out").toString());
        assertEquals(Main.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("bad.yaml:3") && r.err().contains("trust_gian"), r.err());
        assertFalse(Files.exists(dir.resolve("bad-out")));
    }

    @Test
    void runOverTheAcceptedSetsGivesTheShareOfSetsForEachHeadlineDifference() throws Exception {
        Path experiment = dir.resolve("short.yaml");
        Files.writeString(experiment, "extends: " + Path.of("scenarios/impose-vs-propose.yaml").toAbsolutePath()
                + "\nname: short\nreplications: 3\nsteps: 24\n");
        Path out = dir.resolve("over");
        CliRun r = CliRun.of("run", experiment.toString(), "--over", reference.resolve("accepted.csv").toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(Main.OK, r.exitCode(), r.describe());
        assertTrue(r.out().contains("propose ends with more appropriation than impose in "), r.out());
        assertTrue(r.out().contains("of the 4 parameter sets that reproduce what was observed"), r.out());
        List<String> csv = Files.readAllLines(out.resolve("over.csv"));
        assertEquals("pattern,statement,sets_holding,sets_total,share", csv.get(0));
        for (String line : csv.subList(1, csv.size())) {
            double share = Double.parseDouble(line.substring(line.lastIndexOf(',') + 1));
            assertTrue(share >= 0 && share <= 1, line);
        }
    }
}
