package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.clustersim.explore.Ensemble;
import org.clustersim.explore.ExplorationFile;
import org.clustersim.explore.Regret;
import org.clustersim.explore.RegretOutput;
import org.clustersim.explore.RegretReport;
import picocli.CommandLine.Command;

/**
 * {@code clustersim regret FILE}: each mix of the file in every state of a Latin hypercube, its
 * regret per state against the best mix of that state, and which mix is the safest bet:
 * regret.csv, regret-summary.csv, the chart, manifest.json and report.html.
 */
@Command(name = "regret", description = "Regret of policy mixes over states of the world: which mix is the safest "
        + "bet when the uncertain parameters are not known.")
final class RegretCommand extends ExploreCommand {
    @Override
    String name() {
        return "regret";
    }

    @Override
    String unsuitable(ExplorationFile f) {
        if (f.outcome() == null) {
            return "regret needs an 'outcome:', e.g. 'appropriation at month 120', and 'better: higher' or 'lower'";
        }
        return f.experiment().variants().size() < 2 ? "regret needs at least two mixes" : null;
    }

    @Override
    Report analyse(ExplorationFile f, Ensemble e, Path dir) throws IOException {
        Regret r = Regret.of(f, e);
        RegretOutput.write(dir, f, e, r);
        return runs -> {
            RegretReport.write(dir, f, r, runs);
            System.out.println(RegretReport.sentence(f, r));
        };
    }
}
