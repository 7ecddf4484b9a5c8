package org.clustersim.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.clustersim.model.policy.Instrument;
import org.clustersim.model.policy.PolicySpec;
import org.clustersim.scenario.FactorialPlan;
import org.clustersim.explore.ExplorationFile;
import org.clustersim.scenario.InertLevers;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.Variant;
import org.clustersim.scenario.yaml.ScenarioException;
import org.clustersim.stats.FactorialDesign;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code clustersim validate FILE...}: checks files without running them, and prints what each
 * arm's policy expands into (its preset and every instrument with its months), so that a planner
 * sees what a preset and the file's additions amount to, and warns (on stderr) of levers that cannot
 * act ({@link InertLevers}). Sweep points of one arm share its
 * instruments and are printed once; a factorial's rows are listed by name under its design.
 */
@Command(name = "validate", description = "Check scenario and experiment files without running them.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "YAML files to check")
    List<Path> files;

    @Override
    public Integer call() {
        int code = Main.OK;
        for (Path f : files) {
            try {
                if (ExplorationFile.isExplorationFile(f)) {
                    ExplorationFile e = ExplorationFile.load(f);
                    System.out.println(f + ": ok (exploration file, " + e.summary() + ", mixes "
                            + e.experiment().variants().stream().map(Variant::name).toList() + ")");
                    continue;
                }
                Scenario s = ScenarioLoader.load(f);
                System.out.println(f + ": ok (" + s.variants().size() + " variant(s), " + s.replications()
                        + " replication(s), " + s.steps() + " months)");
                printPolicies(s);
                printPopulation(s);
                InertLevers.find(s).forEach(w -> System.err.println(f + ": warning: " + w));
            } catch (ScenarioException e) {
                System.err.println(e.getMessage());
                code = Main.BAD_INPUT;
            }
        }
        return code;
    }

    /** The population edits (extends and variants) in words, then each variant's population. */
    private static void printPopulation(Scenario s) {
        if (s.changes().isEmpty()) {
            return;
        }
        System.out.println("  population changes:");
        s.changes().forEach(c -> System.out.println("    " + c));
        Set<String> shown = new HashSet<>();
        for (Variant v : s.variants()) {
            long actors = v.config().actors().stream().mapToLong(a -> a.count()).sum();
            String line = v.config().actors().size() + " entries, " + actors + " actors, "
                    + v.config().relations().size() + " relations, " + v.config().events().size() + " events";
            if (shown.add(line + v.name().replaceAll("\\[.*", ""))) {
                System.out.println("  " + v.name() + ": " + line);
            }
        }
    }

    private static void printPolicies(Scenario s) {
        Set<String> shown = new HashSet<>();
        for (Variant v : s.variants()) {
            String arm = v.name().contains("[") && !FactorialPlan.isRow(v.name())
                    ? v.name().substring(0, v.name().indexOf('[')) : v.name();
            if (FactorialPlan.isRow(v.name()) || !shown.add(arm)) {
                continue;
            }
            PolicySpec p = v.config().policy();
            String preset = p.preset() == null ? "without preset" : "preset " + p.preset();
            System.out.println("  " + arm + ": policy " + preset
                    + (p.instruments().isEmpty() ? ", no instrument" : ""));
            for (Instrument i : p.instruments()) {
                System.out.printf("    %-21s %-14s %s%n", i.key(), i.window(), i.describe());
            }
        }
        FactorialPlan plan = s.factorial();
        if (!plan.isEmpty()) {
            StringBuilder letters = new StringBuilder();
            for (int k = 0; k < plan.factors().size(); k++) {
                letters.append(k > 0 ? ", " : "").append(FactorialDesign.letter(k)).append('=')
                        .append(plan.factors().get(k));
            }
            System.out.println("  factorial " + plan.design() + " over " + letters + "; its " + plan.variants().size()
                    + " rows, each an instrument present or absent:");
            plan.variants().forEach(name -> System.out.println("    " + name));
        }
    }
}
