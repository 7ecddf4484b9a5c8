package org.clustersim.explore;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;

/**
 * Writes a discovery: {@code prim.csv} (each mix's peeling trajectory, the coverage-density
 * trade-off, the chosen step marked), {@code boxes.csv} (each mix's chosen box after pasting: per
 * lever its limits, the sampled range, whether it is restricted and its quasi-p-value, with the
 * box's coverage, density and mass) and {@code states.csv} (each state's lever values and, per
 * mix, the judged metric and whether the criterion holds), so the analysis can be redone.
 */
public final class DiscoveryOutput {
    private DiscoveryOutput() {
    }

    public static void write(Path dir, ExplorationFile f, Ensemble e, List<Discovery> found) throws IOException {
        List<String> levers = f.levers().stream().map(Lever::key).toList();
        try (BufferedWriter out = Csv.open(dir.resolve("prim.csv"))) {
            Csv.writeRow(out, List.of("mix", "step", "coverage", "density", "mass", "points", "cases", "restricted",
                    "chosen"));
            for (Discovery d : found) {
                for (int i = 0; i < d.prim().trajectory().size(); i++) {
                    Prim.Box b = d.prim().trajectory().get(i);
                    int restricted = 0;
                    for (int l = 0; l < d.levers().size(); l++) {
                        restricted += b.lo()[l] > d.prim().min()[l] || b.hi()[l] < d.prim().max()[l] ? 1 : 0;
                    }
                    Csv.writeRow(out, List.of(d.mix(), Integer.toString(i), Num.format(b.coverage()),
                            Num.format(b.density()), Num.format(b.mass()), Integer.toString(b.points()),
                            Integer.toString(b.cases()), Integer.toString(restricted),
                            i == d.prim().chosen() ? "1" : "0"));
                }
            }
        }
        try (BufferedWriter out = Csv.open(dir.resolve("boxes.csv"))) {
            Csv.writeRow(out, List.of("mix", "parameter", "min", "max", "range_min", "range_max", "restricted",
                    "quasi_p", "coverage", "density", "mass"));
            for (Discovery d : found) {
                Prim.Box b = d.prim().box();
                for (int l = 0; l < d.levers().size(); l++) {
                    Csv.writeRow(out, List.of(d.mix(), d.levers().get(l).key(), Num.format(b.lo()[l]),
                            Num.format(b.hi()[l]), Num.format(d.prim().min()[l]), Num.format(d.prim().max()[l]),
                            d.prim().restricts(l) ? "1" : "0", Num.format(d.prim().quasiP()[l]),
                            Num.format(b.coverage()), Num.format(b.density()), Num.format(b.mass())));
                }
            }
        }
        try (BufferedWriter out = Csv.open(dir.resolve("states.csv"))) {
            List<String> header = new ArrayList<>(List.of("state"));
            header.addAll(levers);
            for (Discovery d : found) {
                header.add(d.mix() + ":" + f.criterion().metric());
                header.add(d.mix() + ":case");
            }
            Csv.writeRow(out, header);
            List<double[]> metric = new ArrayList<>();
            for (int m = 0; m < found.size(); m++) {
                metric.add(e.metric(m, f.criterion().metric()));
            }
            for (int i = 0; i < e.values().length; i++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(i + 1)));
                for (double v : e.values()[i]) {
                    row.add(Num.format(v));
                }
                for (int m = 0; m < found.size(); m++) {
                    row.add(Num.format(metric.get(m)[i]));
                    row.add(found.get(m).cases()[i] ? "1" : "0");
                }
                Csv.writeRow(out, row);
            }
        }
    }

    /** The charts of one mix's discovery under {@code charts}. */
    public static void charts(Path charts, ExplorationFile f, Ensemble e, Discovery d) throws IOException {
        DiscoveryCharts.write(charts, f, e, d);
    }
}
