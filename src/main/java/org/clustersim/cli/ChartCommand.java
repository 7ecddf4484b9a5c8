package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clustersim.output.FolderLock;
import org.clustersim.report.Figures.Figure;
import org.clustersim.report.Figures;
import org.clustersim.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code clustersim chart RESULTS_DIR}: redraws every chart and report.html of a results folder
 * from its CSV, GraphML and manifest files, without rerunning the simulation, holding the folder's
 * lock: it rewrites files of the folder in place.
 */
@Command(name = "chart", description = "Redraw the charts and report.html of a results folder from its files.")
final class ChartCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "a folder written by 'clustersim run'")
    Path dir;

    @Mixin
    LockOptions lock = new LockOptions();

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            System.err.println("clustersim chart: no results folder at " + dir);
            return Main.BAD_INPUT;
        }
        List<String> missing = Figures.missing(dir);
        if (!missing.isEmpty()) {
            System.err.println("clustersim chart: " + dir + " lacks " + String.join(", ", missing)
                    + "; is it a folder written by 'clustersim run'?");
            return Main.BAD_INPUT;
        }
        FolderLock held = lock.take(dir);
        if (held == null) {
            return Main.BAD_INPUT;
        }
        List<Figure> figures;
        try (held) {
            figures = Figures.drawAll(dir);
        }
        System.out.println("wrote " + figures.size() + " charts to " + dir.resolve("charts") + " and "
                + dir.resolve(Report.FILE));
        return Main.OK;
    }
}
