package org.clustersim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clustersim.format.RunKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTableTest {

    @TempDir
    Path dir;

    @Test
    void comparesEachPairOnEachMetricWithHolmPerPair() throws IOException {
        List<String> metrics = List.of("x", "y");
        SummaryTable t = new SummaryTable(metrics);
        double[] a = {1, 2, 3, 4, 5};
        double[] b = {2, 4, 6, 8, 10, 12};
        for (int i = 0; i < a.length; i++) {
            t.add(new RunSeries(new RunKey("base", i + 1, i), metrics, new double[][] {{a[i], 1}}));
        }
        for (int i = 0; i < b.length; i++) {
            t.add(new RunSeries(new RunKey("policy", i + 1, i), metrics, new double[][] {{b[i], 1}}));
        }
        t.add(new RunSeries(new RunKey("third", 1, 0), metrics, new double[][] {{3, 2}}));
        Path file = dir.resolve("comparison.csv");
        ComparisonTable.write(t, file);
        List<String> lines = Files.readAllLines(file);
        assertEquals("variant_a,variant_b,metric,n_a,n_b,mean_a,mean_b,difference,ci_low,ci_high,t,df,"
                + "p_welch,p_mann_whitney,p_mann_whitney_method,cohens_d,a12,p_holm", lines.get(0));
        // y is constant in both variants, so its Welch p is NA and x is a family of one: p_holm = p_welch.
        // x ties (2 and 4 in both), so its Mann-Whitney p is normal: 0.08143973230450288 in scipy 1.17.1
        // stats.mannwhitneyu(b, a); y's values are all equal, which gives p = 1 exactly.
        assertEquals("base,policy,x,5,6,3,7,4,0.0165313,7.98347,2.37635,6.97226,0.0492843,0.0814397,normal,"
                + "1.34164,0.833333,0.0492843", lines.get(1));
        assertEquals("base,policy,y,5,6,1,1,0,NA,NA,NA,NA,NA,1,exact,NA,0.5,NA", lines.get(2));
        assertEquals(List.of("base,third", "base,third", "policy,third", "policy,third"),
                lines.subList(3, 7).stream().map(l -> l.substring(0, l.indexOf(",x") > 0
                        ? l.indexOf(",x") : l.indexOf(",y"))).toList());
    }
}
