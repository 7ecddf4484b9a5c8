package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clustersim slurm} without a cluster: --dry-run writes the array and merge scripts from
 * the templates; submission goes through a stand-in sbatch that records its arguments (the merge
 * must depend on the array job's id), also after a dry run but never over earlier shards; a
 * missing sbatch and a bad --shards are bad input and write nothing.
 */
class SlurmCommandTest {
    @TempDir
    Path dir;
    Path experiment;

    @BeforeEach
    void smallExperiment() throws Exception {
        experiment = dir.resolve("exp.yaml");
        Files.writeString(experiment, "extends: " + Path.of("scenarios/impose-vs-propose.yaml").toAbsolutePath()
                + "\nname: slurm-test\nreplications: 3\nsteps: 24\n");
    }

    @Test
    void dryRunWritesBothScripts() throws Exception {
        Path out = dir.resolve("job");
        CliHarness.Result r = CliHarness.run("slurm", experiment.toString(), "--shards", "3", "--partition", "debug",
                "--time", "00:20:00", "--mem", "2G", "--out", out.toString(), "--dry-run");
        assertEquals(0, r.code(), r.err());
        String array = Files.readString(out.resolve("array.sbatch"));
        for (String expected : List.of("#SBATCH --array=1-3", "#SBATCH --partition=debug", "#SBATCH --time=00:20:00",
                "#SBATCH --mem=2G", "#SBATCH --cpus-per-task=2", "#SBATCH --output=" + out + "/logs/shard-%a.out",
                "run '" + experiment + "' --shard \"$SLURM_ARRAY_TASK_ID/3\"",
                "shard='" + out + "'/shards/shard-$SLURM_ARRAY_TASK_ID", "--threads \"${SLURM_CPUS_PER_TASK:-1}\"")) {
            assertTrue(array.contains(expected), expected + " not in\n" + array);
        }
        assertFalse(array.contains("{{"), "placeholder left:\n" + array);
        String merge = Files.readString(out.resolve("merge.sbatch"));
        assertTrue(merge.contains("merge \"$@\" --out '" + out + "'/results"), merge);
        assertTrue(merge.contains("$(seq 1 3)"), merge);
        assertTrue(Files.isExecutable(out.resolve("array.sbatch")));
        assertTrue(Files.isDirectory(out.resolve("logs")));
        assertTrue(r.out().contains("sbatch --dependency=afterok:$jid"), r.out());
        assertTrue(r.out().contains(out.resolve("results").toString()), r.out());
    }

    @Test
    void mergeJobDependsOnTheArrayJob() throws Exception {
        Path log = dir.resolve("sbatch.log");
        Path sbatch = dir.resolve("fake-sbatch");
        Files.writeString(sbatch, "#!/bin/sh\necho \"$@\" >> '" + log + "'\necho '4242;cluster'\n");
        Files.setPosixFilePermissions(sbatch, PosixFilePermissions.fromString("rwx------"));
        Path out = dir.resolve("job");
        CliHarness.Result r = CliHarness.run("slurm", experiment.toString(), "--shards", "2", "--out", out.toString(),
                "--sbatch", sbatch.toString());
        assertEquals(0, r.code(), r.err());
        List<String> calls = Files.readAllLines(log);
        assertEquals(List.of("--parsable " + out.resolve("array.sbatch"),
                "--parsable --dependency=afterok:4242 --kill-on-invalid-dep=yes " + out.resolve("merge.sbatch")), calls);
        assertTrue(r.out().contains("array job 4242"), r.out());
    }

    @Test
    void dryRunThenSubmitButNeverOverEarlierShards() throws Exception {
        Path sbatch = dir.resolve("fake-sbatch");
        Files.writeString(sbatch, "#!/bin/sh\necho 7\n");
        Files.setPosixFilePermissions(sbatch, PosixFilePermissions.fromString("rwx------"));
        Path out = dir.resolve("job");
        String[] args = {"slurm", experiment.toString(), "--shards", "2", "--out", out.toString(), "--sbatch",
                sbatch.toString()};
        assertEquals(0, CliHarness.run(concat(args, "--dry-run")).code());
        assertEquals(0, CliHarness.run(args).code(), "submitting after a dry run");
        Files.createDirectories(out.resolve("shards/shard-1"));
        CliHarness.Result r = CliHarness.run(args);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("holds the shards or results of an earlier submission"), r.err());
    }

    private static String[] concat(String[] args, String more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }

    @Test
    void missingSbatchIsBadInputAndWritesNothing() {
        Path out = dir.resolve("job");
        CliHarness.Result r = CliHarness.run("slurm", experiment.toString(), "--shards", "2", "--out", out.toString(),
                "--sbatch", dir.resolve("no-such-sbatch").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not found on PATH") && r.err().contains("--dry-run"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void badShardCountIsBadInput() {
        for (String n : List.of("0", "7")) {
            CliHarness.Result r = CliHarness.run("slurm", experiment.toString(), "--shards", n, "--out",
                    dir.resolve("job").toString(), "--dry-run");
            assertEquals(2, r.code(), n);
            assertTrue(r.err().contains("--shards must be between 1 and the number of runs (6)"), r.err());
        }
        assertFalse(Files.exists(dir.resolve("job")));
    }
}
