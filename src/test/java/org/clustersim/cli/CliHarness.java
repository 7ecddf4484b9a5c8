package org.clustersim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test support for the command line: runs {@link Main#execute} with System.out and System.err
 * captured (and restored afterwards), and writes small copies of the shipped scenarios.
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

    private static String replace(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new AssertionError("the shipped scenario changed: '" + from + "' not found");
        }
        return text.replace(from, to);
    }
}
