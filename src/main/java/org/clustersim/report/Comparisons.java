package org.clustersim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clustersim.report.Findings.Finding;
import org.clustersim.scenario.FactorialPlan;

/**
 * The comparisons a report reads, pair by pair, and the metrics it shows for each: the headline
 * metrics ({@link Glossary#HEADLINE}), every metric that differs clearly, and the metrics the
 * levers that differ between the two variants act on ({@link LeverMap}). With up to three variants
 * every pair is read; with more, each variant against the first (the others stay in
 * comparison.csv). Rows of a factorial design are read through their effects, not here.
 */
final class Comparisons {

    /** One pair: b compared with a, all its findings, and the levers that differ. */
    record Pair(String a, String b, List<Finding> findings, List<String> levers) {

        /** The findings the report shows, in the glossary's order. */
        List<Finding> shown() {
            Set<String> metrics = new LinkedHashSet<>(Glossary.HEADLINE);
            findings.stream().filter(f -> f.verdict().clear()).forEach(f -> metrics.add(f.metric()));
            metrics.addAll(Arms.actedOn(levers));
            return ordered(findings.stream().filter(f -> metrics.contains(f.metric())).toList());
        }

        /** The finding on one metric, or null. */
        Finding on(String metric) {
            return findings.stream().filter(f -> f.metric().equals(metric)).findFirst().orElse(null);
        }

        /** The findings that are not shown. */
        List<Finding> hidden() {
            List<Finding> shown = shown();
            return findings.stream().filter(f -> !shown.contains(f)).toList();
        }

        /** The levers that differ, each with the metrics it acts on, none of which differs clearly. */
        List<String> leversWithoutEffect() {
            List<String> out = new ArrayList<>();
            for (String lever : levers) {
                List<String> acted = Arms.actedOn(List.of(lever)).stream().filter(m -> on(m) != null).toList();
                if (!acted.isEmpty() && acted.stream().noneMatch(m -> on(m).verdict().clear())) {
                    out.add(lever + " (acts on " + String.join(", ", acted.stream()
                            .map(m -> Glossary.of(m).label()).toList()) + ")");
                }
            }
            return out;
        }
    }

    private Comparisons() {
    }

    /** The pairs read, in the order of comparison.csv; a sweep's pairs too (one per point). */
    static List<Pair> pairs(List<Finding> findings, List<Arms.Arm> variants) {
        Map<String, List<Finding>> byPair = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!FactorialPlan.isRow(f.variantA()) && !FactorialPlan.isRow(f.variantB())) {
                byPair.computeIfAbsent(f.variantA() + '\n' + f.variantB(), k -> new ArrayList<>()).add(f);
            }
        }
        List<String> arms = new ArrayList<>();
        byPair.values().forEach(l -> {
            if (!arms.contains(Sweep.arm(l.get(0).variantA()))) {
                arms.add(Sweep.arm(l.get(0).variantA()));
            }
            if (!arms.contains(Sweep.arm(l.get(0).variantB()))) {
                arms.add(Sweep.arm(l.get(0).variantB()));
            }
        });
        List<Pair> out = new ArrayList<>();
        for (List<Finding> l : byPair.values()) {
            String a = l.get(0).variantA();
            String b = l.get(0).variantB();
            if (arms.size() > 3 && !Sweep.arm(a).equals(arms.get(0))) {
                continue;
            }
            Arms.Arm armA = Arms.named(variants, a);
            Arms.Arm armB = Arms.named(variants, b);
            List<String> levers = armA == null || armB == null ? List.of() : Arms.changedLevers(armA, armB);
            out.add(new Pair(a, b, l, levers));
        }
        return out;
    }

    /** Findings sorted by the glossary's order (metrics it does not know last, in their order). */
    static List<Finding> ordered(List<Finding> findings) {
        List<String> order = Glossary.all().stream().map(Glossary.Entry::metric).toList();
        List<Finding> out = new ArrayList<>(findings);
        out.sort((x, y) -> Integer.compare(rank(order, x.metric()), rank(order, y.metric())));
        return out;
    }

    private static int rank(List<String> order, String metric) {
        int i = order.indexOf(metric);
        return i < 0 ? order.size() : i;
    }

    /**
     * The answer for one pair in words: "impose compared with propose: more cooperation (0.51
     * against 0.33) and less ownership of the project (0.098 against 0.18); no clear difference in
     * cohesion, trust and outside knowledge."
     */
    static String answer(Pair p) {
        List<String> clear = new ArrayList<>();
        List<String> unclear = new ArrayList<>();
        for (String metric : Glossary.HEADLINE) {
            Finding f = p.on(metric);
            if (f == null) {
                continue;
            }
            String label = Glossary.of(metric).label();
            if (f.verdict().clear()) {
                clear.add(f.verdict().words() + " " + label + " (" + Findings.number(f.meanB()) + " against "
                        + Findings.number(f.meanA()) + ")");
            } else {
                unclear.add(label);
            }
        }
        long others = p.findings().stream().filter(f -> f.verdict().clear()
                && !Glossary.HEADLINE.contains(f.metric())).count();
        StringBuilder s = new StringBuilder(p.b()).append(" compared with ").append(p.a()).append(": ");
        s.append(clear.isEmpty() ? "" : join(clear));
        if (!unclear.isEmpty()) {
            s.append(clear.isEmpty() ? "" : "; ").append("no clear difference in ").append(join(unclear));
        }
        if (others > 0) {
            s.append(" (and ").append(others).append(" other measure").append(others > 1 ? "s differ" : " differs")
                    .append(" clearly: see the findings)");
        }
        return s.append('.').toString();
    }

    /** "a", "a and b", "a, b and c". */
    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
