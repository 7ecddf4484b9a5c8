package org.clustersim.cli;

import org.clustersim.scenario.yaml.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/**
 * The {@code clustersim} launcher's entry point. Exit codes: 0 success, 1 a failure while
 * running, 2 bad input or usage. A user's mistake never prints a stack trace.
 */
// INHERIT gives every subcommand -h, --help and -V, --version; HelpCommand adds "help CMD".
@Command(name = "clustersim", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Agent-based simulation of cluster emergence in Constantine (copper craft and mechanical industry).",
        subcommands = {RunCommand.class, MergeCommand.class, SlurmCommand.class, ValidateCommand.class,
                ListCommand.class, ChartCommand.class, PatternsCommand.class, SensitivityCommand.class,
                DiscoverCommand.class, RegretCommand.class, GuiCommand.class, BenchCommand.class, RerunCommand.class,
                CalibrateCommand.class, HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ScenarioException bad) {
                // A bad file or --set: its problems, each with file:line:column, and exit code 2.
                commandLine.getErr().println(bad.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof java.io.IOException io) {
                // Disk full, folder removed or read-only: the user's environment, not our bug.
                commandLine.getErr().println("clustersim: cannot write the results: " + RunCommand.reason(io));
                return FAILURE;
            }
            commandLine.getErr().println("clustersim: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            return FAILURE;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // An Error escapes picocli's handler; the results folder is left as .partial.
            System.err.printf("clustersim: out of memory (the heap is limited to %.1f GiB); give Java more with"
                    + " CLUSTERSIM_JAVA_OPTS=\"-Xmx8g -XX:+UseSerialGC\" or run with fewer --threads%n",
                    Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024));
            return FAILURE;
        }
    }
}
