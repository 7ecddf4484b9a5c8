package org.clustersim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.yaml.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code clustersim validate FILE...}: checks files without running them. */
@Command(name = "validate", description = "Check scenario and experiment files without running them.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "YAML files to check")
    List<Path> files;

    @Override
    public Integer call() {
        int code = Main.OK;
        for (Path f : files) {
            try {
                Scenario s = ScenarioLoader.load(f);
                System.out.println(f + ": ok (" + s.variants().size() + " variant(s), " + s.replications()
                        + " replication(s), " + s.steps() + " months)");
            } catch (ScenarioException e) {
                System.err.println(e.getMessage());
                code = Main.BAD_INPUT;
            }
        }
        return code;
    }
}
