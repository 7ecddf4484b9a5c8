package org.clustersim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clustersim.format.Json;

/**
 * {@code manifest.json} of a command other than {@code run} ({@code sensitivity}, {@code patterns}):
 * the program and its version, the command and its settings, the files it read with their
 * SHA-256, the master seed when there is one, then threads, timing, Java version and git commit,
 * as {@link Manifest} records them for a run.
 */
public final class CommandManifest {
    private CommandManifest() {
    }

    /**
     * Writes {@code dir/manifest.json}.
     *
     * @param command  the subcommand, e.g. "sensitivity"
     * @param scenario the name and description of what was run
     * @param files    the files read (each hashed)
     * @param settings the command's settings, in the order to show them
     */
    public static void write(Path dir, String command, String scenario, String description, List<Path> files,
                             Map<String, Object> settings, int threads, double seconds) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", "clustersim");
        m.put("version", Manifest.version());
        m.put("command", command);
        m.put("scenario", scenario);
        m.put("description", description);
        List<Object> read = new ArrayList<>();
        for (Path p : files) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", p.toString());
            f.put("sha256", Manifest.sha256(p));
            read.add(f);
        }
        m.put("files", read);
        m.putAll(settings);
        m.put("status", "complete");
        m.put("threads", threads);
        m.put("wall_seconds", seconds);
        m.put("java", System.getProperty("java.version"));
        m.put("git_commit", GitCommit.describe());
        Json.write(dir.resolve("manifest.json"), m);
    }
}
