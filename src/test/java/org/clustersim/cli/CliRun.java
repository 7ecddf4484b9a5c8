package org.clustersim.cli;

import java.util.Arrays;
import java.util.List;

/**
 * One in-process command line, {@link Main#execute(String...)} through {@link CliHarness},
 * with what it printed, and the checks the robustness tests make on standard error.
 *
 * @param exitCode what {@code main} would have passed to {@code System.exit}
 * @param out      standard output
 * @param err      standard error
 */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code clustersim args...} in-process ({@link CliHarness#run}) and captures its output. */
    static CliRun of(String... args) {
        CliHarness.Result r = CliHarness.run(args);
        return new CliRun(r.code(), r.out(), r.err());
    }

    /** The non-empty lines of standard error. */
    List<String> errLines() {
        return Arrays.stream(err.split("\\R")).filter(l -> !l.isBlank()).toList();
    }

    /** True when standard error shows a Java stack trace or exception name, which users must never see. */
    boolean errShowsJavaInternals() {
        return err.contains("\tat ") || err.contains("Exception") || err.contains("Error:");
    }

    /** Everything printed, for assertion messages. */
    String describe() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
