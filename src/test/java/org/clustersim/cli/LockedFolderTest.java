package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes a results folder, in-process, on a folder whose lock another host
 * holds: each refuses in one line naming the holder (exit code 2) and leaves the folder, its
 * partial folder and the lock as they were; {@code --break-lock} takes it. And an I/O error
 * while writing says how many finished runs the partial folder keeps and the command that
 * finishes it.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LockedFolderTest {
    private static final String HOLDER = "host: node9\npid_namespace: \npid: 31337\nstarted: 2024-03-01T08:00:00Z\n"
            + "command: clustersim run other.yaml\n";

    @TempDir
    static Path tmp;
    static Path experiment;
    static Path results;

    @BeforeAll
    static void smallResults() throws Exception {
        experiment = CliHarness.smallScenario(tmp, "impose-vs-propose.yaml");
        results = tmp.resolve("results");
        CliRun r = CliRun.of("run", experiment.toString(), "--out", results.toString(), "--quiet");
        assertEquals(Main.OK, r.exitCode(), r.describe());
    }

    @Test
    void everyWritingCommandRefusesALockedFolder() throws IOException {
        Path shard = tmp.resolve("shard-1");
        assertEquals(Main.OK, CliRun.of("run", experiment.toString(), "--shard", "1/1", "--out", shard.toString(),
                "--quiet").exitCode());
        Path out = tmp.resolve("locked");
        Files.createDirectories(tmp.resolve("locked.partial"));
        Files.writeString(tmp.resolve("locked.partial/timeseries.csv"), "variant\n");
        String e = experiment.toString();
        String o = out.toString();
        List<String[]> commands = List.of(
                new String[] {"run", e, "--out", o},
                new String[] {"run", e, "--out", o, "--force"},
                new String[] {"run", e, "--out", o, "--resume"},
                new String[] {"run", e, "--out", o, "--shard", "1/2"},
                new String[] {"merge", shard.toString(), "--out", o, "--force"},
                new String[] {"chart", o},
                new String[] {"patterns", "--out", o, "--force"},
                new String[] {"sensitivity", e, "--out", o, "--force"},
                new String[] {"slurm", e, "--shards", "2", "--out", o, "--dry-run"});
        CliHarness.copyTree(results, out);
        Files.writeString(tmp.resolve("locked.lock"), HOLDER);
        List<String> before = CliHarness.snapshot(tmp, "locked");
        for (String[] command : commands) {
            CliRun r = CliRun.of(command);
            assertEquals(Main.BAD_INPUT, r.exitCode(), r.describe());
            assertEquals(List.of("clustersim " + command[0] + ": " + out + " is being written by pid 31337 on host"
                    + " node9, started 2024-03-01T08:00:00Z (clustersim run other.yaml), which cannot be checked"
                    + " from this host; wait until it ends, or if it is no longer running, take the lock with"
                    + " --break-lock (lock file " + out + ".lock)"), r.errLines(), r.describe());
            assertEquals(before, CliHarness.snapshot(tmp, "locked"), String.join(" ", command) + " wrote there");
        }
    }

    @Test
    void breakLockTakesTheLockOfAnotherHost() throws IOException {
        Path out = tmp.resolve("broken");
        CliHarness.copyTree(results, out);
        Files.writeString(tmp.resolve("broken.lock"), HOLDER);
        CliRun r = CliRun.of("chart", out.toString(), "--break-lock");
        assertEquals(Main.OK, r.exitCode(), r.describe());
        assertEquals(List.of("clustersim chart: broke the lock of pid 31337 on host node9, started"
                + " 2024-03-01T08:00:00Z (clustersim run other.yaml) (--break-lock)"), r.errLines());
        assertFalse(Files.exists(tmp.resolve("broken.lock")), "released when done");
    }

    @Test
    void anIoErrorSaysWhatIsKeptAndHowToFinish() throws IOException {
        Path out = tmp.resolve("unwritable");
        Path partial = Files.createDirectories(tmp.resolve("unwritable.partial"));
        // A file where the charts folder goes: every run is written, then drawing the charts fails.
        Files.writeString(partial.resolve("charts"), "");
        CliRun r = CliRun.of("run", experiment.toString(), "--out", out.toString(), "--resume", "--quiet");
        assertEquals(Main.FAILURE, r.exitCode(), r.describe());
        assertFalse(r.errShowsJavaInternals(), r.describe());
        assertEquals(1, r.errLines().size(), r.describe());
        String line = r.errLines().get(0);
        assertTrue(line.startsWith("clustersim run: cannot write the results: " + partial.resolve("charts")), line);
        assertTrue(line.endsWith("; 4 of 4 run(s) finished are kept in " + partial + "; once the cause is fixed,"
                + " finish with: ./clustersim run " + experiment + " --out " + out + " --resume --quiet"), line);
        Files.delete(partial.resolve("charts"));
        CliRun finish = CliRun.of("run", experiment.toString(), "--out", out.toString(), "--resume", "--quiet");
        assertEquals(Main.OK, finish.exitCode(), finish.describe());
        KillResumeTest.assertSameCsvs(results, out);
    }
}
