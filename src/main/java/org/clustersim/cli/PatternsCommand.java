package org.clustersim.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clustersim.output.AtomicOutputDir;
import org.clustersim.format.Csv;
import org.clustersim.output.FolderLock;
import org.clustersim.format.Num;
import org.clustersim.patterns.CheckResult;
import org.clustersim.patterns.Knockouts;
import org.clustersim.patterns.Pattern;
import org.clustersim.patterns.PatternCatalog;
import org.clustersim.patterns.PatternRunner;
import org.clustersim.report.PatternsReport;
import org.clustersim.scenario.yaml.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code clustersim patterns}: runs the observed patterns O1-O7 and the hypotheses H1-H5
 * (scenarios/patterns/), prints each check's statistic, 95% CI, p-value, A12 and verdict, and
 * writes {@code patterns.csv} and one chart per pattern. Checks of observed patterns PASS or FAIL;
 * checks of hypotheses are SUPPORTED or NOT SUPPORTED, a finding either way. With
 * {@code --knockouts}, each observed check also runs without its mechanism
 * ({@code knockouts.csv}). With {@code --robustness}, every check runs over master seeds and a Latin
 * hypercube of parameter sets instead ({@link PatternsRobustness}). Exit code 0 when every check of
 * an observed pattern passes (and, with {@code --knockouts}, fails without its mechanism), 1 otherwise.
 */
@Command(name = "patterns", description = "Run the observed patterns (O1-O7: PASS or FAIL) and the hypotheses"
        + " (H1-H5: SUPPORTED or NOT SUPPORTED), apart.")
final class PatternsCommand implements Callable<Integer> {
    @Mixin
    OutOption out = new OutOption();

    @Mixin
    RunOptions runs = new RunOptions();

    @Mixin
    FolderOptions folder = new FolderOptions();

    @Mixin
    LockOptions lock = new LockOptions();

    @Option(names = "--knockouts", description = "also run each observed check without its mechanism,"
            + " where it must fail (knockouts.csv)")
    boolean knockouts;

    @Option(names = "--robustness", description = "run every check over --seeds and a Latin hypercube of --points"
            + " parameter sets within 20% of the calibrated values (robustness.csv); default 20 replications")
    boolean robustness;

    @Option(names = "--seeds", split = ",", paramLabel = "SEED,...", description = "master seeds for --robustness"
            + " (default: 11,22,33,44,55)")
    List<Long> seeds = List.of(11L, 22L, 33L, 44L, 55L);

    @Option(names = "--points", description = "parameter sets of the Latin hypercube for --robustness (default 30)")
    int points = 30;

    @Override
    public Integer call() throws IOException, ScenarioException {
        if (runs.threadsProblem() != null) {
            System.err.println("clustersim patterns: " + runs.threadsProblem());
            return Main.BAD_INPUT;
        }
        if (runs.replications != null && runs.replications < 2) {
            System.err.println("clustersim patterns: --replications must be at least 2 (the tests compare samples)");
            return Main.BAD_INPUT;
        }
        Path scenarios = Path.of(System.getProperty("clustersim.home", ".")).resolve("scenarios");
        FolderLock held = lock.take(target());
        if (held == null) {
            return Main.BAD_INPUT;
        }
        try (held) {
            if (robustness) {
                return new PatternsRobustness(folder, runs, seeds, points, lock.commandLine()).run(scenarios, target());
            }
            return runAll(scenarios);
        }
    }

    private int runAll(Path scenarios) throws IOException, ScenarioException {
        AtomicOutputDir dir = OutputFolders.open("patterns", target(), folder.force);
        if (dir == null) {
            return Main.BAD_INPUT;
        }
        Files.createDirectories(dir.resolve("charts"));
        long start = System.nanoTime();
        Map<CheckResult, Pattern.Kind> all = new LinkedHashMap<>();
        List<Knockouts.Row> knocked = new ArrayList<>();
        Pattern.Kind part = null;
        for (Pattern p : PatternCatalog.all()) {
            if (p.kind() != part) {
                part = p.kind();
                System.out.println(part == Pattern.Kind.OBSERVED ? "Observed patterns (calibration targets)"
                        : "Hypotheses (experiments, not targets)");
                System.out.printf("%-4s %-72s %10s %21s %9s %6s  %s%n", "", "check", "estimate", "95% CI", "p", "A12",
                        "");
            }
            if (!folder.quiet) {
                System.err.println("clustersim: pattern " + p.id() + " (" + p.file() + ")");
            }
            PatternRunner.Outcome o = PatternRunner.run(p, scenarios, runs.replications, runs.threads());
            PatternRunner.chart(o, dir.resolve("charts").resolve(chartName(p)));
            if (knockouts) {
                knocked.addAll(Knockouts.run(o, scenarios, runs.replications, runs.threads()));
            }
            for (CheckResult r : o.results()) {
                System.out.printf("%-4s %-72s %10s %21s %9s %6s  %s%n", r.pattern(), r.check(),
                        Num.format(r.estimate()),
                        "[" + Num.format(r.ciLow()) + ", " + Num.format(r.ciHigh()) + "]", Num.format(r.p()),
                        Num.format(r.a12()), p.kind().verdict(r.pass()));
                all.put(r, p.kind());
            }
        }
        write(all, dir.resolve("patterns.csv"));
        if (knockouts) {
            printKnockouts(knocked);
            Knockouts.write(knocked, dir.resolve("knockouts.csv"));
        }
        PatternsReport.write(dir.dir(), PatternCatalog.all().stream().map(p -> scenarios.resolve(p.file())).toList(),
                Map.of("replications", runs.replications == null ? "each file's" : runs.replications,
                        "knockouts", knockouts), runs.threads(), (System.nanoTime() - start) / 1e9);
        if (!OutputFolders.commit("patterns", dir)) {
            return Main.BAD_INPUT;
        }
        long observed = all.values().stream().filter(k -> k == Pattern.Kind.OBSERVED).count();
        long failed = all.entrySet().stream().filter(e -> e.getValue() == Pattern.Kind.OBSERVED && !e.getKey().pass())
                .count();
        long supported = all.entrySet().stream()
                .filter(e -> e.getValue() == Pattern.Kind.HYPOTHESIS && e.getKey().pass()).count();
        System.out.printf("%d of %d checks of observed patterns pass; %d of %d checks of hypotheses are supported;"
                + " wrote %s%n", observed - failed, observed, supported, all.size() - observed, dir.target());
        boolean evidence = knocked.stream().allMatch(Knockouts.Row::evidence);
        return failed == 0 && evidence ? Main.OK : Main.FAILURE;
    }

    private static void printKnockouts(List<Knockouts.Row> rows) {
        System.out.println("Knock-outs: each observed check without its mechanism must fail");
        System.out.printf("%-4s %-60s %-48s %10s %10s  %s%n", "", "check", "mechanism switched off", "with",
                "without", "");
        for (Knockouts.Row r : rows) {
            System.out.printf("%-4s %-60s %-48s %10s %10s  %s%n", r.pattern().id(), r.with().check(),
                    r.knockout().mechanism(), Num.format(r.with().estimate()), Num.format(r.without().estimate()),
                    r.verdict());
        }
    }

    private Path target() {
        return out.or(Path.of("results", robustness ? "robustness" : "patterns"));
    }

    private static String chartName(Pattern p) {
        String f = Path.of(p.file()).getFileName().toString();
        return f.substring(0, f.lastIndexOf('.'));
    }

    private static void write(Map<CheckResult, Pattern.Kind> results, Path file) throws IOException {
        try (BufferedWriter w = Csv.open(file)) {
            Csv.writeRow(w, List.of("pattern", "kind", "check", "statistic", "estimate", "ci_low", "ci_high", "p_value",
                    "a12", "verdict"));
            for (Map.Entry<CheckResult, Pattern.Kind> e : results.entrySet()) {
                CheckResult r = e.getKey();
                Csv.writeRow(w, List.of(r.pattern(), e.getValue().name().toLowerCase(java.util.Locale.ROOT), r.check(),
                        r.statistic(), Num.format(r.estimate()), Num.format(r.ciLow()), Num.format(r.ciHigh()),
                        Num.format(r.p()), Num.format(r.a12()), e.getValue().verdict(r.pass())));
            }
        }
    }
}
