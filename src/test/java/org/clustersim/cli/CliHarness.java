package org.clustersim.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test support for the command line: runs {@link Main#execute} with System.out and System.err
 * captured (and restored afterwards), writes small copies of the shipped scenarios, and copies and
 * fingerprints results folders.
 */
final class CliHarness {
    /** What one command line produced. */
    record Result(int code, String out, String err) {
    }

    private CliHarness() {
    }

    static synchronized Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.execute(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Writes into {@code dir} mecanique.yaml with 2 replications of 12 months (the policy start and
     * the last two joint ventures moved inside the 12 months, as the loader requires), and the
     * impose-vs-propose experiment that extends it with 2 replications; returns {@code dir/file}.
     */
    /**
     * Writes {@code dir/NAME.yaml}, the main job shortened to {@code replications} x {@code steps},
     * runs it uninterrupted into {@code dir/reference} (the folder an interrupted run must end up
     * equal to), and returns the experiment file.
     */
    static Path referenceRun(Path dir, String name, int replications, int steps, int threads) throws IOException {
        Path experiment = dir.resolve(name + ".yaml");
        Files.writeString(experiment, "extends: " + Path.of("scenarios/impose-vs-propose.yaml").toAbsolutePath()
                + "\nname: " + name + "-test\nreplications: " + replications + "\nsteps: " + steps + "\n");
        CliRun r = CliRun.of("run", experiment.toString(), "--out", dir.resolve("reference").toString(), "--threads",
                Integer.toString(threads), "--quiet");
        org.junit.jupiter.api.Assertions.assertEquals(Main.OK, r.exitCode(), r.describe());
        return experiment;
    }

    static Path smallScenario(Path dir, String file) throws Exception {
        for (String f : List.of("mecanique.yaml", "impose-vs-propose.yaml")) {
            String text = Files.readString(Path.of("scenarios", f));
            if (f.equals("mecanique.yaml")) {
                text = replace(text, "steps: 120", "steps: 12\nreplications: 2");
                String moved = text.replaceFirst("(?m)^  start: \\d+", "  start: 3");
                if (moved.equals(text)) {
                    throw new AssertionError("the shipped scenario changed: no policy start found");
                }
                text = moved;
                text = replace(text, "{month: 24,", "{month: 9,");
                text = replace(text, "{month: 30,", "{month: 11,");
            } else {
                text = replace(text, "replications: 30", "replications: 2");
            }
            Files.writeString(dir.resolve(f), text);
        }
        return dir.resolve(file);
    }

    /** Copies the folder {@code from}, with everything below it, to {@code to}. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    /**
     * Every file of the results folder {@code dir/name}, of the folders and files beside it whose
     * names start with {@code name.} ({@code .partial}, {@code .old}, {@code .lock}), each with a
     * hash of its bytes: two snapshots are equal when nothing there was written.
     */
    static List<String> snapshot(Path dir, String name) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.sorted().toList()) {
                String first = dir.relativize(f).getName(0).toString();
                if (Files.isRegularFile(f) && (first.equals(name) || first.startsWith(name + "."))) {
                    files.add(dir.relativize(f) + " " + Arrays.hashCode(Files.readAllBytes(f)));
                }
            }
        }
        return files;
    }

    private static String replace(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new AssertionError("the shipped scenario changed: '" + from + "' not found");
        }
        return text.replace(from, to);
    }
}
