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
import java.util.Map;
import java.util.stream.Stream;
import org.clustersim.format.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lock with real processes on one folder. A holder is started as a child JVM and frozen with
 * SIGSTOP as soon as its lock file appears, so that it holds the lock, whatever the machine's
 * speed, while a second JVM runs another command on the same folder: that one must exit 2 naming
 * the holder and leave every file of the folder as it was. Once the holder is let go it finishes,
 * and its folder equals a lone run of its command (every file but the manifest's timings and the
 * report that embeds them). A holder killed with SIGKILL leaves a stale lock that {@code run
 * --resume} reports and takes over; one stopped with SIGTERM releases its lock.
 */
@Timeout(value = 240, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FolderLockProcessTest {
    @TempDir
    static Path tmp;
    static Path experiment;

    @BeforeAll
    static void loneRunsAndShards() throws Exception {
        experiment = CliHarness.smallScenario(tmp, "impose-vs-propose.yaml");
        for (String name : List.of("A", "B")) {
            CliRun r = CliRun.of(args(name, tmp.resolve("lone-" + name)).toArray(String[]::new));
            assertEquals(Main.OK, r.exitCode(), r.describe());
        }
        for (int i = 1; i <= 2; i++) {
            CliRun r = CliRun.of("run", experiment.toString(), "--shard", i + "/2", "--out",
                    tmp.resolve("shard-" + i).toString(), "--quiet");
            assertEquals(Main.OK, r.exitCode(), r.describe());
        }
    }

    /**
     * The command lines the tests combine: two runs of one experiment with other options (as in
     * the issue), with or without --force, and a merge of A's shards.
     */
    private static List<String> args(String name, Path out) {
        String e = experiment.toString();
        String o = out.toString();
        return switch (name) {
            case "A" -> List.of("run", e, "--out", o, "--threads", "1", "--quiet");
            case "B" -> List.of("run", e, "--seed", "7", "--replications", "3", "--out", o, "--threads", "1",
                    "--quiet");
            case "A --force" -> List.of("run", e, "--out", o, "--force", "--threads", "1", "--quiet");
            case "merge --force" -> List.of("merge", tmp.resolve("shard-1").toString(),
                    tmp.resolve("shard-2").toString(), "--out", o, "--force", "--quiet");
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{1} while {0} holds the folder")
    @CsvSource({"A, B", "B, A --force", "A --force, merge --force"})
    void oneWriterProceedsTheOtherExits2WritingNothing(String holder, String contender) throws Exception {
        String name = (holder + " vs " + contender).replaceAll("[^A-Za-z]+", "_");
        Path out = tmp.resolve(name);
        if (holder.endsWith("--force")) {
            CliHarness.copyTree(tmp.resolve("lone-B"), out);
        }
        Process first = start(args(holder, out), name + "-holder");
        frozenHolding(first, out);
        List<String> before = CliHarness.snapshot(tmp, name);
        Process second = start(args(contender, out), name + "-contender");
        int code = second.waitFor();
        String said = log(name + "-contender");
        assertEquals(Main.BAD_INPUT, code, said);
        assertTrue(said.startsWith("clustersim " + args(contender, out).get(0) + ": " + out
                + " is being written by pid " + first.pid() + " on host "), said);
        assertTrue(said.contains("(clustersim " + String.join(" ", args(holder, out)) + "); wait until it ends"), said);
        assertEquals(1, said.strip().lines().count(), said);
        assertEquals(before, CliHarness.snapshot(tmp, name), "the refused command changed the folder");
        signal("CONT", first);
        assertEquals(Main.OK, first.waitFor(), log(name + "-holder"));
        assertSameFolder(tmp.resolve("lone-" + holder.substring(0, 1)), out);
        assertFalse(Files.exists(lockOf(out)), "lock left after the holder finished");
    }

    @Test
    void staleLockOfAKilledRunIsReportedAndTakenOverByResume() throws Exception {
        Path out = tmp.resolve("killed");
        Process child = start(args("A", out), "killed");
        Path series = KillResumeTest.partial(out).resolve("timeseries.csv");
        while (!Files.exists(series) && child.isAlive()) {
            Thread.sleep(2);
        }
        signal("STOP", child);
        assertTrue(Files.exists(lockOf(out)), "the run had ended before it could be killed");
        child.destroyForcibly();
        child.waitFor();
        assertTrue(Files.readString(lockOf(out)).contains("pid: " + child.pid() + "\n"), "the dead run's lock");
        CliRun r = CliRun.of(Stream.concat(args("A", out).stream(), Stream.of("--resume")).toArray(String[]::new));
        assertEquals(Main.OK, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("clustersim run: stale lock of pid " + child.pid() + " on host "), r.describe());
        assertTrue(r.err().contains("(clustersim " + String.join(" ", args("A", out)) + "): taken over"), r.describe());
        assertSameFolder(tmp.resolve("lone-A"), out);
        assertFalse(Files.exists(lockOf(out)));
    }

    @Test
    void sigtermReleasesTheLock() throws Exception {
        Path out = tmp.resolve("terminated");
        Process child = start(args("A", out), "terminated");
        while (!Files.exists(lockOf(out)) && child.isAlive()) {
            Thread.sleep(2);
        }
        assertTrue(Files.exists(lockOf(out)), log("terminated"));
        child.destroy();
        child.waitFor();
        assertFalse(Files.exists(lockOf(out)), "a JVM ended by SIGTERM left its lock");
    }

    /** Waits until {@code holder} has taken the lock of {@code out}, then freezes it there. */
    private static void frozenHolding(Process holder, Path out) throws Exception {
        while (!Files.exists(lockOf(out)) && holder.isAlive()) {
            Thread.sleep(2);
        }
        signal("STOP", holder);
        assertTrue(Files.exists(lockOf(out)) && Files.readString(lockOf(out)).contains("pid: " + holder.pid() + "\n"),
                "the holder ended before it could be frozen: " + holder.info());
    }

    private static void signal(String name, Process p) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).start().waitFor());
    }

    private static Process start(List<String> args, String log) throws IOException {
        // C1 only: these short runs end sooner without the optimising compiler's work.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve(log + ".log").toFile()).start();
    }

    private static String log(String name) throws IOException {
        return Files.readString(tmp.resolve(name + ".log"));
    }

    private static Path lockOf(Path out) {
        return out.resolveSibling(out.getFileName() + ".lock");
    }

    /**
     * The same files with the same bytes, but for the manifest's timings (its wall time and
     * threads) and report.html, which embeds the manifest.
     */
    private static void assertSameFolder(Path expected, Path actual) throws IOException {
        List<String> files = files(expected);
        assertEquals(files, files(actual));
        for (String f : files) {
            if (!f.equals("manifest.json") && !f.equals("report.html")) {
                assertArrayEquals(read(expected.resolve(f)), read(actual.resolve(f)), f);
            }
        }
        Map<?, ?> one = (Map<?, ?>) Json.parse(Files.readString(expected.resolve("manifest.json")));
        Map<?, ?> other = (Map<?, ?>) Json.parse(Files.readString(actual.resolve("manifest.json")));
        one.keySet().removeAll(List.of("wall_seconds", "threads"));
        other.keySet().removeAll(List.of("wall_seconds", "threads"));
        assertEquals(one, other);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
