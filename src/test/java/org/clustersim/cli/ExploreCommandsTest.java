package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sensitivity --method sobol}, {@code discover} and {@code regret} end to end on short
 * runs: every file they promise, the answer on stdout, the same bytes for the same seed whatever
 * the threads, and bad files refused with file:line and exit code 2, leaving no folder.
 */
class ExploreCommandsTest {
    private static final Path SCENARIOS = Path.of("scenarios").toAbsolutePath();

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    private Path discoverFile(String criterion) throws IOException {
        return write("d.yaml", "name: d\nexperiment: " + SCENARIOS.resolve("impose-vs-propose.yaml") + "\n"
                + "samples: 12\nseed: 5\ncriterion: " + criterion + "\nuncertain:\n"
                + "  stranger_trust: {min: 0.2, max: 0.4}\n  control.intensity: {min: 0.2, max: 1}\n"
                + "  control.start: {min: 1, max: 6}\n");
    }

    @Test
    void discoverWritesItsFilesAndTheSameBytesWhateverTheThreads() throws IOException {
        Path f = discoverFile("appropriation < 0.05 at month 12");
        CliRun one = CliRun.of("discover", f.toString(), "--out", tmp.resolve("a").toString(), "--threads", "1",
                "--quiet");
        assertEquals(0, one.exitCode(), one.describe());
        assertTrue(one.out().contains("impose meets 'appropriation < 0.05 at month 12'"), one.out());
        for (String file : List.of("prim.csv", "boxes.csv", "states.csv", "manifest.json", "report.html",
                "charts/prim-tradeoff-impose.png", "charts/prim-box-propose.svg", "charts/prim-scatter-impose.png")) {
            assertTrue(Files.isRegularFile(tmp.resolve("a").resolve(file)), file);
        }
        CliRun two = CliRun.of("discover", f.toString(), "--out", tmp.resolve("b").toString(), "--threads", "2",
                "--quiet");
        assertEquals(0, two.exitCode(), two.describe());
        for (String file : List.of("prim.csv", "boxes.csv", "states.csv", "report.html")) {
            if (!file.equals("report.html")) {
                assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(file)),
                        Files.readAllBytes(tmp.resolve("b").resolve(file)), file);
            }
        }
        String boxes = Files.readString(tmp.resolve("a/boxes.csv"));
        assertFalse(boxes.contains("propose,control."), "control acts on impose only: " + boxes);
        assertTrue(Files.readString(tmp.resolve("a/report.html")).contains("states of the world"));
    }

    /** The analysis files of a discovery, which must not depend on how its runs were made. */
    private static final List<String> ANALYSIS = List.of("runs.csv", "prim.csv", "boxes.csv", "states.csv",
            "charts/prim-box-impose.svg", "charts/prim-scatter-impose.png");

    private void assertSameAnalysis(Path a, Path b) throws IOException {
        for (String file : ANALYSIS) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
    }

    @Test
    void shardsMergedGiveTheBytesOfOneMachine() throws IOException {
        Path f = discoverFile("appropriation < 0.05 at month 12");
        assertEquals(0, CliRun.of("discover", f.toString(), "--out", tmp.resolve("whole").toString(), "--quiet")
                .exitCode());
        for (int i = 1; i <= 3; i++) {
            CliRun shard = CliRun.of("discover", f.toString(), "--shard", i + "/3", "--out",
                    tmp.resolve("shard-" + i).toString(), "--quiet");
            assertEquals(0, shard.exitCode(), shard.describe());
            assertFalse(Files.exists(tmp.resolve("shard-" + i + "/prim.csv")), "a shard holds runs only");
        }
        CliRun missing = CliRun.of("discover", f.toString(), "--merge", tmp.resolve("shard-3").toString(),
                tmp.resolve("shard-1").toString(), "--out", tmp.resolve("m").toString());
        assertEquals(2, missing.exitCode(), missing.describe());
        assertTrue(missing.err().contains("missing: [2]"), missing.err());
        CliRun merged = CliRun.of("discover", f.toString(), "--merge", tmp.resolve("shard-3").toString(),
                tmp.resolve("shard-1").toString(), tmp.resolve("shard-2").toString(), "--out",
                tmp.resolve("merged").toString(), "--quiet");
        assertEquals(0, merged.exitCode(), merged.describe());
        assertSameAnalysis(tmp.resolve("whole"), tmp.resolve("merged"));
        CliRun other = CliRun.of("discover", f.toString(), "--samples", "10", "--merge",
                tmp.resolve("shard-1").toString(), "--out", tmp.resolve("o").toString());
        assertTrue(other.err().contains("a shard of another exploration"), other.err());
    }

    @Test
    void aResumedAttemptKeepsItsRunsAndEndsWithTheSameBytes() throws IOException {
        Path f = discoverFile("appropriation < 0.05 at month 12");
        assertEquals(0, CliRun.of("discover", f.toString(), "--out", tmp.resolve("whole").toString(), "--quiet")
                .exitCode());
        // What a kill leaves: the partial folder with the first runs and half a line.
        Path partial = Files.createDirectories(tmp.resolve("cut.partial"));
        List<String> lines = Files.readAllLines(tmp.resolve("whole/runs.csv"));
        String cut = String.join("\n", lines.subList(0, 10)) + "\n" + lines.get(10).substring(0, 15);
        Files.writeString(partial.resolve("runs.csv"), cut);
        CliRun refused = CliRun.of("discover", f.toString(), "--out", tmp.resolve("cut").toString());
        assertEquals(2, refused.exitCode(), refused.describe());
        assertTrue(refused.err().contains("--resume"), refused.err());
        CliRun resumed = CliRun.of("discover", f.toString(), "--out", tmp.resolve("cut").toString(), "--resume");
        assertEquals(0, resumed.exitCode(), resumed.describe());
        assertTrue(resumed.err().contains("(9 already done)"), resumed.err());
        assertSameAnalysis(tmp.resolve("whole"), tmp.resolve("cut"));
        CliRun again = CliRun.of("discover", f.toString(), "--out", tmp.resolve("cut").toString(), "--resume");
        assertEquals(0, again.exitCode(), again.describe());
        assertTrue(again.err().contains("is complete; nothing to resume"), again.err());
    }

    @Test
    void slurmRunsDiscoverShardsThenMergesThem() throws IOException {
        Path f = discoverFile("appropriation < 0.05 at month 12");
        Path job = tmp.resolve("job");
        CliRun run = CliRun.of("slurm", f.toString(), "--command", "discover", "--shards", "2", "--out",
                job.toString(), "--dry-run");
        assertEquals(0, run.exitCode(), run.describe());
        String array = Files.readString(job.resolve("array.sbatch"));
        assertTrue(array.contains("discover '" + f + "' --shard \"$SLURM_ARRAY_TASK_ID/2\""), array);
        assertTrue(array.contains("--resume"), "a task run again resumes its shard");
        String merge = Files.readString(job.resolve("merge.sbatch"));
        assertTrue(merge.contains("discover '" + f + "' --merge \"$@\" --out '" + job + "'/results"), merge);
        assertEquals(2, CliRun.of("slurm", f.toString(), "--command", "morris", "--shards", "2", "--dry-run")
                .exitCode());
        Path sobol = tmp.resolve("sobol-job");
        Path scenario = SCENARIOS.resolve("explore/sobol-impose-vs-propose.yaml");
        CliRun s = CliRun.of("slurm", scenario.toString(), "--command", "sobol", "--samples", "64", "--shards", "4",
                "--out", sobol.toString(), "--dry-run");
        assertEquals(0, s.exitCode(), s.describe());
        assertTrue(Files.readString(sobol.resolve("array.sbatch"))
                .contains("sensitivity --method sobol --samples 64 '" + scenario + "' --shard"));
        assertTrue(Files.readString(sobol.resolve("merge.sbatch"))
                .contains("sensitivity --method sobol --samples 64 '" + scenario + "' --merge \"$@\""));
    }

    @Test
    void regretSummarisesEachMix() throws IOException {
        Path f = write("r.yaml", "name: r\nexperiment: " + SCENARIOS.resolve("impose-vs-propose.yaml") + "\n"
                + "samples: 8\noutcome: appropriation at month 12\nbetter: higher\nuncertain:\n"
                + "  trust_gain: {min: 0.03, max: 0.09}\n");
        CliRun run = CliRun.of("regret", f.toString(), "--out", tmp.resolve("r").toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.out().startsWith("The safest bet is "), run.out());
        List<String> summary = Files.readAllLines(tmp.resolve("r/regret-summary.csv"));
        assertEquals(3, summary.size(), "a header and two mixes");
        assertEquals(1 + 8 * 2, Files.readAllLines(tmp.resolve("r/regret.csv")).size());
        assertTrue(Files.isRegularFile(tmp.resolve("r/charts/regret.png")));
        assertTrue(Files.readString(tmp.resolve("r/manifest.json")).contains("\"seed\""));
    }

    @Test
    void sobolWritesIndicesForTheDifference() throws IOException {
        Path f = write("s.yaml", "name: s\nextends: " + SCENARIOS.resolve("explore/sobol-impose-vs-propose.yaml")
                + "\nsteps: 12\n");
        CliRun run = CliRun.of("sensitivity", f.toString(), "--method", "sobol", "--samples", "4", "--resamples",
                "50", "--out", tmp.resolve("s").toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.describe());
        List<String> rows = Files.readAllLines(tmp.resolve("s/sobol.csv"));
        assertEquals(1 + 3 * 5 * 12, rows.size(), "outputs propose, impose, the difference; 5 metrics; 12 parameters");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("impose-minus-propose,appropriation,")));
        assertTrue(Files.isRegularFile(tmp.resolve("s/charts/sobol-impose-minus-propose-appropriation.png")));
        assertTrue(Files.readString(tmp.resolve("s/report.html")).contains("depends most on"));
        // The same indices from two shards merged, to the byte.
        for (int i = 1; i <= 2; i++) {
            CliRun shard = CliRun.of("sensitivity", f.toString(), "--method", "sobol", "--samples", "4", "--resamples",
                    "50", "--shard", i + "/2", "--out", tmp.resolve("s" + i).toString(), "--quiet");
            assertEquals(0, shard.exitCode(), shard.describe());
        }
        CliRun merged = CliRun.of("sensitivity", f.toString(), "--method", "sobol", "--samples", "4", "--resamples",
                "50", "--merge", tmp.resolve("s1").toString(), tmp.resolve("s2").toString(), "--out",
                tmp.resolve("sm").toString(), "--quiet");
        assertEquals(0, merged.exitCode(), merged.describe());
        for (String file : List.of("runs.csv", "sobol.csv", "charts/sobol-impose-minus-propose-cohesion.svg")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("s").resolve(file)),
                    Files.readAllBytes(tmp.resolve("sm").resolve(file)), file);
        }
        assertEquals(2, CliRun.of("sensitivity", f.toString(), "--method", "morris", "--resume").exitCode(),
                "Morris does not resume");
    }

    @Test
    void aBadCriterionIsRefusedWithItsLine() throws IOException {
        Path f = discoverFile("appropriation below 0.2 at month 12");
        CliRun run = CliRun.of("discover", f.toString(), "--out", tmp.resolve("x").toString());
        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.err().contains("d.yaml:5:"), run.err());
        assertTrue(run.err().contains("expected 'METRIC OP VALUE at month M'"), run.err());
        assertFalse(run.errShowsJavaInternals(), run.err());
        assertFalse(Files.exists(tmp.resolve("x")));
        assertFalse(Files.exists(tmp.resolve("x.partial")));
    }

    @Test
    void unknownMetricsMonthsAndLeversAreNamed() throws IOException {
        assertTrue(CliRun.of("discover", discoverFile("trust < 0.2 at month 12").toString()).err()
                .contains("unknown metric 'trust'"));
        assertTrue(CliRun.of("discover", discoverFile("stage != governed at month 999").toString()).err()
                .contains("month 999 is outside the runs' months 1 to 120"));
        Path lever = write("l.yaml", "name: l\nexperiment: " + SCENARIOS.resolve("impose-vs-propose.yaml") + "\n"
                + "criterion: stage == frozen at month 12\nmixes: [propose]\nuncertain:\n"
                + "  control.intensity: {min: 0.2, max: 1}\n  voice.loudness: {min: 0, max: 1}\n");
        CliRun run = CliRun.of("discover", lever.toString());
        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.err().contains("l.yaml:6:") && run.err().contains("no mix has the instrument 'control'"),
                run.err());
        assertTrue(run.err().contains("l.yaml:7:") && run.err().contains("no lever 'voice.loudness'"), run.err());
    }

    @Test
    void aCriterionThatIsNotTextIsRefused() throws IOException {
        CliRun run = CliRun.of("discover", discoverFile("{metric: appropriation}").toString());
        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.err().contains("d.yaml:5:") && run.err().contains("expected one line of text"), run.err());
    }

    @Test
    void discoverNeedsACriterionAndRegretAnOutcome() throws IOException {
        Path f = discoverFile("stage == frozen at month 12");
        CliRun run = CliRun.of("regret", f.toString(), "--out", tmp.resolve("y").toString());
        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.err().contains("regret needs an 'outcome:'"), run.err());
    }
}
