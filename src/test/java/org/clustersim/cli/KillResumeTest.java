package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kill and resume with a real process: {@code clustersim run} is started as a child JVM (an
 * experiment extending impose-vs-propose, 2 variants x 6 replications x 60 months, 2 threads)
 * and killed with SIGKILL ({@link Process#destroyForcibly()}) after a delay or once its
 * partial {@code timeseries.csv} has a number of lines. The results folder must not exist
 * then (only {@code DIR.partial} may), and {@code --resume}, run in-process, must finish it
 * with every CSV, the charts' included, byte-identical to an uninterrupted run made with one
 * thread. 733 lines is the whole time series, so that kill lands while the summaries and charts
 * are written. A kill before the partial folder exists leaves nothing to resume:
 * {@code --resume} says so (exit 2) and no folder is left. A last row cut in the
 * middle of a number, as a buffer flushed mid-line then a kill leave it, is resumed too.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class KillResumeTest {
    @TempDir
    static Path tmp;
    static Path experiment;
    static Path reference;

    @BeforeAll
    static void uninterruptedRun() throws IOException {
        experiment = CliHarness.referenceRun(tmp, "kill", 6, 60, 1);
        reference = tmp.resolve("reference");
    }

    @ParameterizedTest(name = "killed after {0} ms")
    @ValueSource(ints = {300, 1000})
    void killAfterDelayThenResume(int millis) throws Exception {
        Path out = tmp.resolve("delay-" + millis);
        Process child = start(out);
        Thread.sleep(millis);
        kill(child);
        resumeAndCompare(out);
    }

    @ParameterizedTest(name = "killed after {0} lines")
    @ValueSource(ints = {100, 450, 733})
    void killAfterLinesThenResume(int lines) throws Exception {
        Path out = tmp.resolve("lines-" + lines);
        Process child = start(out);
        Path series = partial(out).resolve("timeseries.csv");
        while (lineCount(series) < lines && child.isAlive()) {
            Thread.sleep(5);
        }
        kill(child);
        resumeAndCompare(out);
    }

    // BUG: a run's last row cut inside a number has all its fields, so it counted as written; resume
    // then crashed (IndexOutOfBoundsException) or kept the shortened number. Fixed in PriorRuns.
    @Test
    void resumeAfterLastRowOfARunIsCutShort() throws IOException {
        Path out = tmp.resolve("cut-row");
        Files.createDirectories(partial(out));
        List<String> series = Files.readAllLines(reference.resolve("timeseries.csv"));
        int keep = 1 + 3 * 61;  // the header and three whole runs, the last row of the third cut below
        String text = String.join("\n", series.subList(0, keep)) + "\n";
        Files.writeString(partial(out).resolve("timeseries.csv"), text.substring(0, text.length() - 4));
        List<String> trust = new ArrayList<>();
        for (String line : Files.readAllLines(reference.resolve("trust_runs.csv"))) {
            if (trust.isEmpty() || series.subList(1, keep).stream().anyMatch(s -> s.startsWith(runOf(line)))) {
                trust.add(line);
            }
        }
        Files.write(partial(out).resolve("trust_runs.csv"), trust);
        // Replication 1 of each variant also wrote its final network when it finished.
        Files.copy(reference.resolve("network-propose.graphml"), partial(out).resolve("network-propose.graphml"));
        CliRun r = CliRun.of("run", experiment.toString(), "--out", out.toString(), "--resume", "--quiet");
        assertEquals(Main.OK, r.exitCode(), r.describe());
        assertFalse(r.errShowsJavaInternals(), r.describe());
        assertSameCsvs(reference, out);
    }

    /** "variant,replication,seed," of a CSV row. */
    private static String runOf(String line) {
        int end = line.indexOf(',', line.indexOf(',', line.indexOf(',') + 1) + 1);
        return line.substring(0, end + 1);
    }

    private static Process start(Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", experiment.toString(), "--out", out.toString(), "--threads", "2", "--quiet")
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve(out.getFileName() + ".log").toFile())
                .start();
    }

    /** Kills the child; on a fast machine it may have finished first, which must then be a success. */
    private static void kill(Process child) throws InterruptedException {
        boolean alive = child.isAlive();
        child.destroyForcibly();
        int code = child.waitFor();
        assertTrue(alive || code == Main.OK, "the run failed before it was killed, exit " + code);
    }

    private static void resumeAndCompare(Path out) throws IOException {
        if (Files.exists(out) && !Files.exists(partial(out))) {
            System.out.printf("%s: the run had finished before the kill%n", out.getFileName());
            assertSameCsvs(reference, out);
            return;
        }
        assertFalse(Files.exists(out), "a killed run left a results folder that looks complete");
        System.out.printf("%s: killed with %s partial folder, %d lines in timeseries.csv%n", out.getFileName(),
                Files.exists(partial(out)) ? "a" : "no", lineCount(partial(out).resolve("timeseries.csv")));
        if (!Files.exists(partial(out))) {
            // Killed before the run had a folder: nothing to resume, and nothing that looks done.
            CliRun r = CliRun.of("run", experiment.toString(), "--out", out.toString(), "--resume", "--quiet");
            assertEquals(Main.BAD_INPUT, r.exitCode(), r.describe());
            assertTrue(r.err().contains("no interrupted run"), r.describe());
            assertFalse(Files.exists(out));
            return;
        }
        CliRun r = CliRun.of("run", experiment.toString(), "--out", out.toString(), "--resume", "--threads", "2",
                "--quiet");
        assertEquals(Main.OK, r.exitCode(), r.describe());
        assertFalse(Files.exists(partial(out)), "partial folder left after resuming");
        assertSameCsvs(reference, out);
    }

    /** Every CSV of the reference (charts' data included) exists in {@code other} with the same bytes. */
    static void assertSameCsvs(Path expected, Path other) throws IOException {
        List<Path> csvs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(expected)) {
            files.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(csvs::add);
        }
        assertTrue(csvs.size() >= 8, "expected the stream, summary and chart CSVs, found " + csvs);
        for (Path f : csvs) {
            Path rel = expected.relativize(f);
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(other.resolve(rel)), rel + " differs");
        }
        try (Stream<Path> files = Files.walk(other)) {
            assertEquals(csvs.size(), files.filter(p -> p.toString().endsWith(".csv")).count(), "extra CSV files");
        }
    }

    static Path partial(Path out) {
        return out.resolveSibling(out.getFileName() + ".partial");
    }

    private static long lineCount(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        long n = 0;
        for (byte b : bytes) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }
}
