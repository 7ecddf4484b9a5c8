package org.clustersim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clustersim.format.Csv;
import org.clustersim.scenario.FactorialPlan;
import org.clustersim.stats.Effect;
import org.clustersim.stats.FactorialDesign;
import org.clustersim.stats.FactorialEffects;
import org.clustersim.stats.SummaryTable;

/**
 * The files of a factorial experiment over instruments: {@code design.csv} (each row's variant
 * and the level of each instrument, -1 absent or +1 present) and {@code effects.csv}, the main
 * effect and two-factor interactions of each instrument on the final value of each metric of
 * {@link #METRICS} over replications ({@link FactorialEffects}: high minus low, 95% CI).
 */
public final class FactorialOutput {
    /** The metrics whose effects are estimated: the paper's outcomes of a cluster policy. */
    public static final List<String> METRICS = List.of("appropriation", "cooperation_rate", "cohesion", "mean_trust",
            "information_access");
    public static final String DESIGN = "design.csv";
    public static final String EFFECTS = "effects.csv";

    private FactorialOutput() {
    }

    /** Writes both files when every row of the plan has runs in {@code summary}; returns whether it did. */
    public static boolean write(FactorialPlan plan, SummaryTable summary, Path dir) throws IOException {
        if (plan.isEmpty() || !summary.variants().containsAll(plan.variants())) {
            return false;
        }
        FactorialDesign d = plan.design();
        try (BufferedWriter w = Csv.open(dir.resolve(DESIGN))) {
            List<String> header = new ArrayList<>(List.of("variant", "run"));
            for (int k = 0; k < d.factors(); k++) {
                header.add(FactorialDesign.letter(k) + "=" + plan.factors().get(k));
            }
            Csv.writeRow(w, header);
            for (int r = 0; r < d.runs(); r++) {
                List<String> row = new ArrayList<>(List.of(plan.variants().get(r), Integer.toString(r + 1)));
                for (int k = 0; k < d.factors(); k++) {
                    row.add(Integer.toString(d.level(r, k)));
                }
                Csv.writeRow(w, row);
            }
        }
        Map<String, List<Effect>> effects = new LinkedHashMap<>();
        for (String metric : METRICS) {
            if (!summary.metrics().contains(metric)) {
                continue;
            }
            double[][] y = new double[d.runs()][];
            for (int r = 0; r < d.runs(); r++) {
                y[r] = Arrays.stream(summary.finalValues(plan.variants().get(r), metric)).filter(Double::isFinite)
                        .toArray();
            }
            if (Arrays.stream(y).allMatch(v -> v.length > 0)) {
                effects.put(metric, FactorialEffects.estimate(d, plan.factors(), y));
            }
        }
        EffectsCsv.write(effects, dir.resolve(EFFECTS));
        return true;
    }
}
