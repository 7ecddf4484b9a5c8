package org.clustersim.explore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.clustersim.format.Num;

/** The report of a regret analysis, leading with the safest bet in plain words. */
public final class RegretReport {
    private RegretReport() {
    }

    public static void write(Path dir, ExplorationFile f, Regret r, int runs) throws IOException {
        ExplorationReport.write(dir, "Regret: which mix is the safest bet", List.of(sentence(f, r)),
                List.of(new ExplorationReport.Table("regret-summary.csv", "regret-summary.csv", 50)),
                List.of(new ExplorationReport.Figure("regret", "Which mix is the safest bet")),
                List.of(f.samples() + " states of the world (Latin hypercube, seed " + f.seed() + "), " + runs
                        + " model runs, every mix in every state with the same seeds. Regret: how far a mix's "
                        + f.outcome().metric() + " at month " + f.outcome().month() + " falls short of the best mix's "
                        + "in the same state (Savage 1951); the safest bet has the lowest 90th-percentile regret "
                        + "(Lempert et al. 2003). Every state's outcomes are in regret.csv."));
    }

    /** The plain-words answer. */
    public static String sentence(ExplorationFile f, Regret r) {
        Regret.Summary s = r.safest();
        String what = f.outcome().metric() + " at month " + f.outcome().month();
        return "The safest bet is " + s.mix() + ": in 90% of the " + f.samples()
                + " states of the world it loses at most " + round(s.p90()) + " of " + what
                + " against the best mix of that state (median " + round(s.median()) + ", worst " + round(s.max()) + "), and it is the best mix in " + DiscoveryCharts.pct(s.shareBest())
                + " of them.";
    }

    private static String round(double v) {
        return Num.format(Math.round(v * 1000) / 1000.0);
    }
}
