package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clustersim.explore.Discovery;
import org.clustersim.explore.DiscoveryOutput;
import org.clustersim.explore.DiscoveryReport;
import org.clustersim.explore.Ensemble;
import org.clustersim.explore.ExplorationFile;
import picocli.CommandLine.Command;

/**
 * {@code clustersim discover FILE}: scenario discovery (Bryant and Lempert 2010). Runs each mix
 * of the file in every state of a Latin hypercube over its levers, marks the states where the
 * file's criterion holds, and finds with PRIM the box of levers that describes them: prim.csv,
 * boxes.csv, states.csv, charts, manifest.json and report.html.
 */
@Command(name = "discover", description = "Scenario discovery: under which conditions a policy mix meets a "
        + "criterion (e.g. fails), by PRIM over a Latin hypercube of uncertain parameters and instrument fields.")
final class DiscoverCommand extends ExploreCommand {
    @Override
    String name() {
        return "discover";
    }

    @Override
    String unsuitable(ExplorationFile f) {
        return f.criterion() == null ? "discover needs a 'criterion:', e.g. 'appropriation < 0.2 at month 60'" : null;
    }

    @Override
    Report analyse(ExplorationFile f, Ensemble e, Path dir) throws IOException {
        List<Discovery> found = Discovery.of(f, e);
        DiscoveryOutput.write(dir, f, e, found);
        Path charts = Files.createDirectories(dir.resolve("charts"));
        for (Discovery d : found) {
            DiscoveryOutput.charts(charts, f, e, d);
        }
        return runs -> {
            DiscoveryReport.write(dir, f, found, runs);
            found.forEach(d -> System.out.println(DiscoveryReport.sentence(f, d)));
        };
    }
}
