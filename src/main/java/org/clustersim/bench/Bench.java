package org.clustersim.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.clustersim.experiment.ExperimentRunner;
import org.clustersim.experiment.InMemorySink;
import org.clustersim.experiment.Progress;
import org.clustersim.experiment.Replication;
import org.clustersim.experiment.RunOptions;
import org.clustersim.experiment.RunSink;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.ModelConfig;
import org.clustersim.format.RunKey;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.yaml.ScenarioException;

/**
 * The macro benchmarks of docs/performance.md, measured as medians over repeated runs after a
 * warm-up: one replication of the mechanical cluster; the shipped main job as a fresh JVM
 * (start-up, runs, charts and report included); and the speed-up of a sweep from one thread to
 * two ({@link Scaling} measures the cost of a step against the population size). Timing lives here,
 * never in unit tests.
 */
public final class Bench {
    /** One measured figure against its target. */
    public record Figure(String name, double value, String unit, double target, boolean lowerIsBetter) {
        public boolean met() {
            return lowerIsBetter ? value <= target : value >= target;
        }
    }

    private Bench() {
    }

    /** Median wall time of one replication of {@code file}'s first variant, in milliseconds. */
    public static double replicationMillis(Path file, int warmup, int measured) throws IOException, ScenarioException {
        Scenario s = ScenarioLoader.load(file);
        ModelConfig config = s.variants().get(0).config();
        for (int i = 0; i < warmup; i++) {
            Replication.run(config, i, s.steps());
        }
        double[] t = new double[measured];
        for (int i = 0; i < measured; i++) {
            long t0 = System.nanoTime();
            Replication.run(config, 1000 + i, s.steps());
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        return median(t);
    }

    /** Median wall time, in seconds, of a command run as a child process. */
    public static double commandSeconds(List<String> command, int repeats) throws IOException {
        double[] t = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                if (p.waitFor() != 0) {
                    throw new IOException("benchmark command failed: " + String.join(" ", command));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        return median(t);
    }

    /** Wall time in seconds of every run of an experiment on {@code threads} threads, outputs discarded. */
    public static double experimentSeconds(Path file, int replications, int threads) throws IOException, ScenarioException {
        Scenario s = ScenarioLoader.load(file);
        s = s.withRunSettings(s.steps(), s.seed(), replications);
        RunSink discard = new InMemorySink() {
            @Override
            public void accept(RunKey key, double[][] values, ClusterModel finalModel) {
                // Only the time taken matters here.
            }
        };
        long t0 = System.nanoTime();
        ExperimentRunner.run(s, ExperimentRunner.plan(s), Set.of(), new RunOptions(threads, true), discard,
                Progress.silent());
        return (System.nanoTime() - t0) / 1e9;
    }

    public static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The java command of this JVM, with its options, to start the main job as a fresh process. */
    public static List<String> javaCommand(Path jar, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.addAll(List.of("-Djava.awt.headless=true", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
