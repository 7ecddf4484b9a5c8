package org.clustersim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustersim.format.Csv;
import org.junit.jupiter.api.Test;

/** The CSV and JSON readers and the wording of findings. */
class ReadersAndWordsTest {

    @Test
    void csvReadsQuotedFieldsAndNumbers() {
        assertEquals(List.of(List.of("a", "b,c", "d\"e", "x\ny"), List.of("1", "")),
                Csv.parse("a,\"b,c\",\"d\"\"e\",\"x\ny\"\r\n1,\n"));
        assertTrue(Double.isNaN(CsvTable.number("NA")));
        assertEquals(Double.NEGATIVE_INFINITY, CsvTable.number("-Inf"));
        assertEquals(1.5e-7, CsvTable.number("1.5e-7"));
    }

    @Test
    void moreOrLessOnlyWhenTheIntervalExcludesZeroTheEffectIsLargeEnoughAndHolmAgrees() {
        assertEquals(Findings.Verdict.LESS, Findings.verdict(-0.46, -0.49, -0.43, 1e-20, 0.02));
        assertEquals(Findings.Verdict.MORE, Findings.verdict(0.03, 0.021, 0.039, 0.001, 0.02));
        assertEquals(Findings.Verdict.NO_CLEAR_DIFFERENCE, Findings.verdict(0.0097, -0.016, 0.035, 1, 0.02),
                "the interval includes zero");
        assertEquals(Findings.Verdict.NO_CLEAR_DIFFERENCE, Findings.verdict(-0.0074, -0.011, -0.0037, 0.002, 0.02),
                "below the smallest effect of interest");
        assertEquals(Findings.Verdict.NO_CLEAR_DIFFERENCE, Findings.verdict(0.05, 0.001, 0.099, 0.2, 0.02),
                "not significant once adjusted for the other measures");
        assertEquals(Findings.Verdict.NOT_COMPARABLE, Findings.verdict(Double.NaN, Double.NaN, Double.NaN, 1, 0.02));
    }

    @Test
    void findingsAreWordedFromTheSignOfBMinusA() {
        Findings.Finding less = new Findings.Finding("propose", "impose", "appropriation", 0.18, 0.098, -0.0828,
                -0.093, -0.073, 1e-20, 0, 0.02, Findings.Verdict.LESS);
        assertEquals("less: 0.098 against 0.18 (-0.083, 95% CI -0.093 to -0.073)", less.sentence());
        Findings.Finding small = new Findings.Finding("propose", "impose", "mean_trust", 0.27, 0.26, -0.0074,
                -0.011, -0.0037, 0.002, 0.2, 0.02, Findings.Verdict.NO_CLEAR_DIFFERENCE);
        assertEquals("no clear difference: 0.26 against 0.27 (-0.0074, 95% CI -0.011 to -0.0037); smaller than the"
                + " smallest effect of interest, 0.02", small.sentence());
        assertEquals("0.018", Findings.number(0.01802));
        assertEquals("44", Findings.number(44));
        assertEquals("+0.17", Findings.signed(0.1724));
    }

    @Test
    void everyStandardMetricButTheStageHasAPlainNameAndEveryParameterAMap() {
        for (String metric : org.clustersim.metrics.Metrics.names()) {
            if (Glossary.numeric(metric)) {
                assertTrue(!Glossary.of(metric).meaning().isEmpty(), metric + " has a meaning");
            }
        }
        for (org.clustersim.model.Param p : org.clustersim.model.Param.values()) {
            for (String metric : LeverMap.parameter(p)) {
                assertTrue(org.clustersim.metrics.Metrics.names().contains(metric), p + " -> " + metric);
            }
        }
        assertEquals(List.of("members", "formed", "member_autonomy"), LeverMap.instrument("decree"));
    }

    @Test
    void docsReportNamesEveryMeasureAndEveryInstrumentOfTheMap() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "report.md"));
        for (Glossary.Entry e : Glossary.all()) {
            assertTrue(doc.contains("| `" + e.metric() + "` | " + e.label() + " | "), e.metric());
        }
        for (String key : org.clustersim.model.policy.PolicySpec.ORDER) {
            assertTrue(!LeverMap.instrument(key).isEmpty() && doc.contains("`" + key + "`"), key);
        }
    }
}
