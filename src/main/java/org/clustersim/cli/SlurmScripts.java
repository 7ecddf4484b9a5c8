package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two batch scripts of {@code clustersim slurm}, filled in from the templates
 * {@code slurm/array.sbatch.template} and {@code slurm/merge.sbatch.template} of the installation:
 * a job array whose task I runs {@code COMMAND FILE --shard I/N} into {@code DIR/shards/shard-I}
 * ({@code run}, {@code discover} or {@code regret}), and a merge job that writes
 * {@code DIR/results} ({@code merge}, or {@code discover FILE --merge}...); logs go to {@code DIR/logs}.
 *
 * @param name      experiment name, used for the job names
 * @param file      the experiment file, as given (relative to {@code workdir})
 * @param shards    number of shards N, one array task each
 * @param cpus      CPUs per task, used as the task's --threads
 * @param sbatch    extra {@code #SBATCH} options (partition, time, memory), without the prefix
 * @param dir       the folder for scripts, logs, shards and results (absolute)
 * @param workdir   where the tasks run from (absolute)
 * @param launcher  the {@code clustersim} launcher (absolute)
 * @param command   the command each task runs before the file: run, discover, regret or sensitivity with its options
 */
record SlurmScripts(String name, Path file, int shards, int cpus, List<String> sbatch, Path dir, Path workdir,
                    Path launcher, String command) {
    static final String ARRAY = "array.sbatch";
    static final String MERGE = "merge.sbatch";

    /** Where the merged results folder will appear. */
    Path results() {
        return dir.resolve("results");
    }

    /** Creates {@code dir} with its logs and shards folders and writes both scripts from the templates in {@code templates}. */
    void write(Path templates) throws IOException {
        String array = fill(read(templates, ARRAY));
        String merge = fill(read(templates, MERGE));
        Files.createDirectories(dir.resolve("logs"));
        Files.createDirectories(dir.resolve("shards"));
        writeScript(ARRAY, array);
        writeScript(MERGE, merge);
    }

    private void writeScript(String script, String text) throws IOException {
        Path path = dir.resolve(script);
        Files.writeString(path, text);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String read(Path templates, String script) throws IOException {
        Path t = templates.resolve(script + ".template");
        if (!Files.isRegularFile(t)) {
            throw new NoSuchFileException(t.toString(), null, "the Slurm template is missing from this installation");
        }
        return Files.readString(t);
    }

    private String fill(String template) {
        List<String> options = new ArrayList<>();
        for (String o : sbatch) {
            options.add("#SBATCH " + o);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("JOB_NAME", "clustersim-" + name);
        values.put("SHARDS", Integer.toString(shards));
        values.put("CPUS", Integer.toString(cpus));
        values.put("SBATCH_OPTIONS", String.join("\n", options));
        values.put("LOGS", dir.resolve("logs").toString());
        values.put("WORKDIR", quote(workdir.toString()));
        values.put("OUT", quote(dir.toString()));
        values.put("LAUNCHER", quote(launcher.toString()));
        values.put("FILE", quote(file.toString()));
        values.put("COMMAND", command);
        values.put("MERGE", command.equals("run") ? "merge" : command + " " + quote(file.toString()) + " --merge");
        String text = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return text;
    }

    /** {@code s} as one shell word: in single quotes, each quote written as '\''. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
