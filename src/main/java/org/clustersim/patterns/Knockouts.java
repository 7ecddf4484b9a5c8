package org.clustersim.patterns;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.clustersim.scenario.yaml.ScenarioException;

/**
 * Runs the knock-out companion of every observed check (docs/validation.md §3): a check is
 * evidence for its mechanism only when it holds with the mechanism and fails without it.
 */
public final class Knockouts {
    /**
     * One observed check with and without its mechanism.
     *
     * @param with    the check in the pattern's own runs
     * @param without the same statement in the knocked-out runs
     */
    public record Row(Pattern pattern, Knockout knockout, CheckResult with, CheckResult without) {
        /** Holds with its mechanism and fails without it. */
        public boolean evidence() {
            return with.pass() && !without.pass();
        }

        public String verdict() {
            if (!with.pass()) {
                return "FAIL";
            }
            return without.pass() ? "NOT EVIDENCE" : "EVIDENCE";
        }
    }

    private Knockouts() {
    }

    /** The knock-outs of one pattern, given its outcome with every mechanism on. */
    public static List<Row> run(PatternRunner.Outcome withAll, Path scenarios, Integer replications, int threads)
            throws IOException, ScenarioException {
        List<Row> rows = new ArrayList<>();
        Pattern p = withAll.pattern();
        for (Knockout k : p.knockouts()) {
            CheckResult without = PatternRunner.knockout(p, k, scenarios, replications, threads);
            rows.add(new Row(p, k, withAll.results().get(k.check()), without));
        }
        return rows;
    }

    /** {@code knockouts.csv}: one row per observed check. */
    public static void write(List<Row> rows, Path file) throws IOException {
        try (BufferedWriter w = Csv.open(file)) {
            Csv.writeRow(w, List.of("pattern", "check", "mechanism", "knockout", "estimate_with", "verdict_with",
                    "estimate_without", "ci_low_without", "ci_high_without", "p_without", "verdict_without",
                    "verdict"));
            for (Row r : rows) {
                Csv.writeRow(w, List.of(r.pattern().id(), r.with().check(), r.knockout().mechanism(),
                        r.knockout().instead() != null ? "variant: " + r.knockout().instead().describe()
                                : String.join(" ", r.knockout().sets()),
                        Num.format(r.with().estimate()), Pattern.Kind.OBSERVED.verdict(r.with().pass()),
                        Num.format(r.without().estimate()), Num.format(r.without().ciLow()),
                        Num.format(r.without().ciHigh()), Num.format(r.without().p()),
                        Pattern.Kind.OBSERVED.verdict(r.without().pass()), r.verdict()));
            }
        }
    }
}
