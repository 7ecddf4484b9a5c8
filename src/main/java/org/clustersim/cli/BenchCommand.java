package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clustersim.bench.Bench;
import org.clustersim.scenario.yaml.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code clustersim bench}: the macro benchmarks of docs/performance.md, each printed with its
 * target and whether it is met, with the machine's core count. Exit code 0 even when a target
 * is missed: this measures, it does not judge the build.
 */
@Command(name = "bench", description = "Measure the speed targets of docs/performance.md.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "fewer repetitions (a rough figure in a few seconds)")
    boolean quick;

    @Override
    public Integer call() throws IOException {
        Path home = Path.of(System.getProperty("clustersim.home", "."));
        Path jar = home.resolve("target/clustersim.jar");
        Path mecanique = home.resolve("scenarios/mecanique.yaml");
        Path main = home.resolve("scenarios/impose-vs-propose.yaml");
        Path sweep = home.resolve("scenarios/sweep-trust-policy.yaml");
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("clustersim bench on %d core(s), Java %s%n", cores, System.getProperty("java.version"));
        List<Bench.Figure> figures = new ArrayList<>();
        try {
            figures.add(new Bench.Figure("one replication of mecanique (120 months, metrics included), median",
                    Bench.replicationMillis(mecanique, quick ? 20 : 100, quick ? 11 : 51), "ms", 20, true));
            if (Files.isRegularFile(jar)) {
                Path out = Files.createTempDirectory("clustersim-bench");
                figures.add(new Bench.Figure("main job, 50 replications per variant, charts and report, fresh JVM",
                        Bench.commandSeconds(Bench.javaCommand(jar, "run", main.toString(), "--replications", "50",
                                "--out", out.resolve("ipv").toString(), "--force", "--quiet"), quick ? 1 : 3),
                        "s", 10, true));
            }
            int reps = quick ? 3 : 10;
            Bench.experimentSeconds(sweep, reps, 2);
            double[] speedUps = new double[quick ? 1 : 3];
            for (int i = 0; i < speedUps.length; i++) {
                speedUps[i] = Bench.experimentSeconds(sweep, reps, 1) / Bench.experimentSeconds(sweep, reps, 2);
            }
            figures.add(new Bench.Figure("sweep speed-up from 1 to 2 threads (sweep-trust-policy), median",
                    Bench.median(speedUps), "x", 1.8, false));
        } catch (ScenarioException e) {
            System.err.println(e.getMessage());
            return Main.BAD_INPUT;
        }
        for (Bench.Figure f : figures) {
            System.out.printf("  %-72s %8.2f %-3s target %s %6.2f  %s%n", f.name(), f.value(), f.unit(),
                    f.lowerIsBetter() ? "<=" : ">=", f.target(), f.met() ? "met" : "MISSED");
        }
        return Main.OK;
    }
}
