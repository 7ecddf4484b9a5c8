package org.clustersim.explore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clustersim.format.Num;

/**
 * The report of a discovery: for each mix, in plain words, how often the criterion holds and the
 * box that describes where (its limits, density, coverage and mass), then the charts and tables.
 */
public final class DiscoveryReport {
    private DiscoveryReport() {
    }

    public static void write(Path dir, ExplorationFile f, List<Discovery> found, int runs) throws IOException {
        List<String> answer = new ArrayList<>();
        List<ExplorationReport.Figure> figures = new ArrayList<>();
        for (Discovery d : found) {
            answer.add(sentence(f, d));
            figures.add(new ExplorationReport.Figure("prim-box-" + d.mix(), "The box of " + d.mix()));
            figures.add(new ExplorationReport.Figure("prim-scatter-" + d.mix(), "States of " + d.mix()
                    + " on the two most restrictive levers, the box in black"));
            figures.add(new ExplorationReport.Figure("prim-tradeoff-" + d.mix(), "Coverage-density trade-off of "
                    + d.mix() + "'s peeling"));
        }
        ExplorationReport.write(dir, "Scenario discovery: where '" + f.criterion().text() + "'", answer,
                List.of(new ExplorationReport.Table("boxes.csv", "boxes.csv: the chosen box of each mix", 200),
                        new ExplorationReport.Table("prim.csv", "prim.csv: the peeling trajectories", 60)),
                figures,
                List.of(f.samples() + " states of the world (Latin hypercube, seed " + f.seed() + "), " + runs
                        + " model runs. PRIM (Friedman and Fisher 1999) with peeling " + f.prim().peel()
                        + " and pasting " + f.prim().paste() + "; the chosen box is the densest with coverage at least "
                        + f.prim().minCoverage() + " (Bryant and Lempert 2010). Density: the share of the box's "
                        + "states where the criterion holds; coverage: the share of all such states inside the box; "
                        + "quasi-p-value: how likely a restriction is chance."));
    }

    /** The plain-words answer for one mix. */
    public static String sentence(ExplorationFile f, Discovery d) {
        StringBuilder s = new StringBuilder(d.mix() + " meets '" + f.criterion().text() + "' in "
                + DiscoveryCharts.pct(d.share()) + " of the " + f.samples() + " states of the world.");
        Prim.Box b = d.prim().box();
        List<Integer> r = d.restricted();
        if (r.isEmpty() || d.share() == 0 || d.share() == 1) {
            return s.append(" No box of levers singles those states out.").toString();
        }
        s.append(" They concentrate where ");
        for (int i = 0; i < r.size(); i++) {
            int l = r.get(i);
            s.append(i == 0 ? "" : i == r.size() - 1 ? " and " : ", ").append(d.levers().get(l).key())
                    .append(limit(d, l));
        }
        return s.append(": ").append(DiscoveryCharts.pct(b.density())).append(" of such states meet it (density), ")
                .append("covering ").append(DiscoveryCharts.pct(b.coverage())).append(" of all that do (coverage); ")
                .append("the box holds ").append(DiscoveryCharts.pct(b.mass())).append(" of the states.").toString();
    }

    private static String limit(Discovery d, int l) {
        Prim.Box b = d.prim().box();
        boolean low = b.lo()[l] > d.prim().min()[l];
        boolean high = b.hi()[l] < d.prim().max()[l];
        String lo = Num.format(Math.round(b.lo()[l] * 1000) / 1000.0);
        String hi = Num.format(Math.round(b.hi()[l] * 1000) / 1000.0);
        return low && high ? " is between " + lo + " and " + hi : low ? " is at least " + lo : " is at most " + hi;
    }
}
