package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resume: a results folder interrupted in the middle of a run (its stream files cut at an
 * arbitrary line, as a kill leaves them) and finished with {@code --resume} has the same bytes
 * as an uninterrupted run; a resume of another experiment is refused; a single run recreated
 * alone with {@code --variant/--replication} has exactly its rows in the full experiment. A run
 * without {@code --resume} never discards a partial folder's finished runs unless {@code --force}
 * says so, and {@code --resume} on a complete folder says it is complete.
 */
class ResumeTest {
    private static final List<String> FILES = List.of("timeseries.csv", "trust_runs.csv", "summary.csv",
            "summary_by_step.csv", "comparison.csv", "trust_matrix.csv", "charts/cohesion.csv");

    @TempDir
    static Path tmp;
    static Path experiment;
    static Path full;

    @BeforeAll
    static void runOnce() throws IOException {
        experiment = tmp.resolve("exp.yaml");
        Files.writeString(experiment, "extends: " + Path.of("scenarios/impose-vs-propose.yaml").toAbsolutePath()
                + "\nname: resume-test\nreplications: 3\nsteps: 24\n");
        full = tmp.resolve("full");
        assertEquals(0, Main.execute("run", experiment.toString(), "--out", full.toString(), "--quiet"));
    }

    @Test
    void resumedRunEqualsUninterruptedRun() throws IOException {
        for (int cut : new int[] {1, 37, 80, 125}) {
            Path out = tmp.resolve("cut" + cut);
            Path partial = tmp.resolve("cut" + cut + ".partial");
            Files.createDirectories(partial);
            List<String> kept = truncate(full.resolve("timeseries.csv"), partial.resolve("timeseries.csv"), cut);
            keepRunsOf(kept, full.resolve("trust_runs.csv"), partial.resolve("trust_runs.csv"));
            assertEquals(0, Main.execute("run", experiment.toString(), "--out", out.toString(), "--resume",
                    "--quiet", "--threads", "2"));
            assertFalse(Files.exists(partial), "partial folder left behind");
            for (String f : FILES) {
                assertArrayEquals(Files.readAllBytes(full.resolve(f)), Files.readAllBytes(out.resolve(f)),
                        f + " differs after resuming from line " + cut);
            }
        }
    }

    @Test
    void resumingAnotherExperimentIsRefused() throws IOException {
        Path out = tmp.resolve("other");
        Files.createDirectories(tmp.resolve("other.partial"));
        Files.writeString(tmp.resolve("other.partial/" + RunCommand.FINGERPRINT), "{}\n");
        assertEquals(2, Main.execute("run", experiment.toString(), "--out", out.toString(), "--resume", "--quiet"));
        assertFalse(Files.exists(out));
    }

    @Test
    void resumeWithoutInterruptedRunIsBadInput() {
        assertEquals(2, Main.execute("run", experiment.toString(), "--out", tmp.resolve("none").toString(),
                "--resume", "--quiet"));
    }

    // BUG: a run without --resume silently deleted the partial folder and its finished runs.
    @Test
    void partialFolderIsKeptUnlessResumedOrForced() throws IOException {
        Path out = tmp.resolve("kept");
        Path partial = tmp.resolve("kept.partial");
        Files.createDirectories(partial);
        keepRunsOf(truncate(full.resolve("timeseries.csv"), partial.resolve("timeseries.csv"), 80),
                full.resolve("trust_runs.csv"), partial.resolve("trust_runs.csv"));
        List<String> before = CliHarness.snapshot(tmp, "kept");
        CliRun refused = CliRun.of("run", experiment.toString(), "--out", out.toString(), "--quiet");
        assertEquals(Main.BAD_INPUT, refused.exitCode(), refused.describe());
        assertEquals(List.of("clustersim run: " + partial + " holds an interrupted run (3 run(s) finished); finish it"
                + " with --resume, or discard it and start afresh with --force"), refused.errLines());
        assertEquals(before, CliHarness.snapshot(tmp, "kept"), "the refused run changed the partial folder");
        CliRun forced = CliRun.of("run", experiment.toString(), "--out", out.toString(), "--force", "--quiet");
        assertEquals(Main.OK, forced.exitCode(), forced.describe());
        assertFalse(Files.exists(partial));
        assertArrayEquals(Files.readAllBytes(full.resolve("summary.csv")), Files.readAllBytes(out.resolve("summary.csv")));
    }

    // BUG: --resume on a complete folder suggested --force, which would have recomputed it.
    @Test
    void resumeOfACompleteFolderSaysSo() throws IOException {
        List<String> before = CliHarness.snapshot(tmp, "full");
        CliRun r = CliRun.of("run", experiment.toString(), "--out", full.toString(), "--resume", "--quiet");
        assertEquals(Main.OK, r.exitCode(), r.describe());
        assertEquals(List.of("clustersim run: --resume: " + full + " is complete; nothing to resume"), r.errLines());
        assertEquals(before, CliHarness.snapshot(tmp, "full"));
    }

    @Test
    void singleRunRecreatedAloneHasItsRows() throws IOException {
        Path one = tmp.resolve("one");
        assertEquals(0, Main.execute("run", experiment.toString(), "--out", one.toString(), "--variant", "impose",
                "--replication", "2", "--quiet"));
        List<String> expected = Files.readAllLines(full.resolve("timeseries.csv")).stream()
                .filter(l -> l.startsWith("impose,2,")).toList();
        List<String> alone = Files.readAllLines(one.resolve("timeseries.csv"));
        assertEquals(25, expected.size());
        assertEquals(expected, alone.subList(1, alone.size()));
        assertTrue(Files.readString(one.resolve("manifest.json")).contains("\"replication\": 2"));
    }

    /** Keeps the first lines of a file, cutting the last one in the middle as a kill would. */
    private static List<String> truncate(Path from, Path to, int lines) throws IOException {
        List<String> kept = Files.readAllLines(from).subList(0, lines);
        String text = String.join("\n", kept) + "\n";
        Files.writeString(to, text.substring(0, Math.max(text.indexOf('\n') + 1, text.length() - 7)));
        return kept;
    }

    /**
     * Trust rows are written before a run's time series: the kept trust rows are those of every
     * run that has time-series rows.
     */
    private static void keepRunsOf(List<String> series, Path from, Path to) throws IOException {
        java.util.Set<String> runs = new java.util.HashSet<>();
        for (String l : series.subList(1, series.size())) {
            runs.add(l.substring(0, l.indexOf(',', l.indexOf(',') + 1)));
        }
        List<String> all = Files.readAllLines(from);
        List<String> kept = new java.util.ArrayList<>(List.of(all.get(0)));
        for (String l : all.subList(1, all.size())) {
            if (runs.contains(l.substring(0, l.indexOf(',', l.indexOf(',') + 1)))) {
                kept.add(l);
            }
        }
        Files.write(to, kept);
    }
}
