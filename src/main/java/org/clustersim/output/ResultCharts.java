package org.clustersim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clustersim.metrics.Metric;
import org.clustersim.metrics.Metrics;
import org.clustersim.stats.SummaryTable;

/**
 * The charts of a results folder that summaries alone determine: the key figure (cooperation
 * and cohesion over time, all variants, with 95% bands) and one time-series chart per metric.
 */
final class ResultCharts {
    /** The key figure's file name, without extension. */
    static final String KEY_FIGURE = "key-figure";

    private ResultCharts() {
    }

    static void write(SummaryTable summary, Path charts) throws IOException {
        Files.createDirectories(charts);
        Charts.keyFigure(summary.bands(List.of("cooperation_rate", "cohesion")),
                "Cooperation and cohesion over time (mean and 95% CI across replications)",
                new Charts.Panel("cooperation_rate", true), new Charts.Panel("cohesion", true),
                charts.resolve(KEY_FIGURE));
        for (Metric m : Metrics.standard()) {
            Charts.timeSeriesWithBands(summary.bands(List.of(m.name())), m.name() + ": " + m.definition(),
                    m.share(), charts.resolve(m.name()));
        }
    }
}
