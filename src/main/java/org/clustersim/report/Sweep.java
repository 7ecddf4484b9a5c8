package org.clustersim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clustersim.format.Num;
import org.clustersim.report.Comparisons.Pair;
import org.clustersim.report.Findings.Finding;
import org.clustersim.scenario.FactorialPlan;

/**
 * A sweep read from its variants' names, {@code arm[parameter=value;...]} (see
 * {@code scenario.DesignPoint}), and the answer a report gives it: for each headline metric and
 * each pair of arms, the verdict at every point, and a sentence grouping the points by verdict.
 */
final class Sweep {

    private Sweep() {
    }

    /** The arm of a variant: its name without the sweep point. */
    static String arm(String variant) {
        int i = variant.indexOf('[');
        return i < 0 || FactorialPlan.isRow(variant) ? variant : variant.substring(0, i);
    }

    /** The sweep point of a variant, parameter to value, in its order; empty outside a sweep. */
    static Map<String, Double> point(String variant) {
        Map<String, Double> out = new LinkedHashMap<>();
        int i = variant.indexOf('[');
        if (i < 0 || FactorialPlan.isRow(variant) || !variant.endsWith("]")) {
            return out;
        }
        for (String part : variant.substring(i + 1, variant.length() - 1).split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq), Num.parse(part.substring(eq + 1)));
            }
        }
        return out;
    }

    /** The point in words: "sanction_effect = 1.5, trust_gain = 0.06". */
    static String pointWords(String variant) {
        List<String> parts = new ArrayList<>();
        point(variant).forEach((k, v) -> parts.add(k + " = " + Num.format(v)));
        return String.join(", ", parts);
    }

    /** Whether the variants form a sweep: every non-factorial one has a point. */
    static boolean isSweep(List<String> variants) {
        List<String> arms = variants.stream().filter(v -> !FactorialPlan.isRow(v)).toList();
        return !arms.isEmpty() && arms.stream().allMatch(v -> !point(v).isEmpty());
    }

    /** The swept parameters, in their order. */
    static List<String> parameters(List<String> variants) {
        Set<String> out = new LinkedHashSet<>();
        variants.forEach(v -> out.addAll(point(v).keySet()));
        return List.copyOf(out);
    }

    /** The pairs grouped by the arms they compare ("b compared with a"), points in order. */
    static Map<String, List<Pair>> byArms(List<Pair> pairs) {
        Map<String, List<Pair>> out = new LinkedHashMap<>();
        for (Pair p : pairs) {
            out.computeIfAbsent(arm(p.b()) + " compared with " + arm(p.a()), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /**
     * The answer on one metric over the points: "more cooperation at sanction_effect = 2 to 3.5;
     * no clear difference at sanction_effect = 0 to 1.5", or "more cooperation at every point".
     */
    static String answer(List<Pair> points, String metric) {
        Map<Findings.Verdict, List<String>> byVerdict = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        points.forEach(p -> keys.addAll(point(p.b()).keySet()));
        // One swept parameter: "at sanction_effect = 0, 0.5 and 1" rather than repeating its name.
        String single = keys.size() == 1 ? keys.iterator().next() : null;
        for (Pair p : points) {
            Finding f = p.on(metric);
            if (f != null) {
                byVerdict.computeIfAbsent(f.verdict(), k -> new ArrayList<>()).add(single == null ? pointWords(p.b())
                        : Num.format(point(p.b()).get(single)));
            }
        }
        String label = Glossary.of(metric).label();
        List<String> parts = new ArrayList<>();
        byVerdict.forEach((verdict, at) -> {
            String where = at.size() == points.size() ? "at every point"
                    : "at " + (single == null ? "" : single + " = ") + Comparisons.join(at);
            parts.add(verdict.clear() ? verdict.words() + " " + label + " " + where
                    : verdict.words() + " in " + label + " " + where);
        });
        return String.join("; ", parts);
    }

    /** The sweep section: per pair of arms, a sentence per headline metric and the table of verdicts. */
    static void section(StringBuilder h, List<Pair> pairs) {
        for (Map.Entry<String, List<Pair>> e : byArms(pairs).entrySet()) {
            h.append("<h3>").append(Html.esc(e.getKey())).append("</h3>\n<ul>\n");
            for (String metric : Glossary.HEADLINE) {
                if (e.getValue().get(0).on(metric) != null) {
                    h.append("<li>").append(Html.esc(answer(e.getValue(), metric))).append(".</li>\n");
                }
            }
            h.append("</ul>\n<table>\n<tr><th>point</th>");
            Glossary.HEADLINE.forEach(m -> h.append("<th>").append(Html.esc(Glossary.of(m).label())).append("</th>"));
            h.append("</tr>\n");
            for (Pair p : e.getValue()) {
                h.append("<tr><td>").append(Html.esc(pointWords(p.b()))).append("</td>");
                for (String m : Glossary.HEADLINE) {
                    Finding f = p.on(m);
                    h.append(f == null ? "<td></td>" : "<td class=\"" + (f.verdict().clear() ? "clear" : "") + "\">"
                            + Html.esc(f.verdict().words() + " (" + Findings.signed(f.difference()) + ")") + "</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
    }
}
