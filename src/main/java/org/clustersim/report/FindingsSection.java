package org.clustersim.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clustersim.report.Comparisons.Pair;
import org.clustersim.report.Findings.Finding;

/**
 * The parts of the report that answer in words: the headline (question, answer, how sure), the
 * findings table of each pair, and the levers that cannot act or made no clear difference.
 */
final class FindingsSection {
    private FindingsSection() {
    }

    /** The headline paragraph, plain text (escaped by the caller). */
    static String headline(RunInfo info, List<Pair> pairs, Map<String, Map<String, ResponseCharts.Final>> finals) {
        List<String> labels = Glossary.HEADLINE.stream().map(m -> Glossary.of(m).label()).toList();
        String what = Comparisons.join(labels);
        List<String> arms = new ArrayList<>(new LinkedHashSet<>(Arms.arms(info.variants()).stream()
                .map(a -> Sweep.arm(a.name())).toList()));
        boolean sweep = Sweep.isSweep(info.variants().stream().map(Arms.Arm::name).toList());
        StringBuilder s = new StringBuilder("Question: ");
        if (sweep) {
            s.append("over ").append(info.period()).append(", how do ").append(what).append(" respond to ")
                    .append(Comparisons.join(Sweep.parameters(info.variants().stream().map(Arms.Arm::name).toList())))
                    .append(" under ").append(Comparisons.join(arms)).append("? Answer: ");
            Sweep.byArms(pairs).forEach((title, points) -> {
                s.append(title).append(": ");
                List<String> parts = new ArrayList<>();
                Glossary.HEADLINE.stream().filter(m -> points.get(0).on(m) != null)
                        .forEach(m -> parts.add(Sweep.answer(points, m)));
                s.append(String.join("; ", parts)).append(". ");
            });
        } else if (!pairs.isEmpty()) {
            String b = pairs.size() == 1 ? pairs.get(0).b() : "each variant";
            s.append("after ").append(info.period()).append(", does ").append(b).append(" end with more or less ")
                    .append(what).append(" than ").append(pairs.get(0).a()).append("? Answer: ");
            pairs.forEach(p -> s.append(Comparisons.answer(p)).append(' '));
        } else {
            s.append("where do ").append(what).append(" stand after ").append(info.period()).append("? Answer: ");
            List<String> parts = new ArrayList<>();
            finals.forEach((variant, byMetric) -> Glossary.HEADLINE.stream().filter(byMetric::containsKey)
                    .forEach(m -> parts.add(Glossary.of(m).label() + " " + Findings.number(byMetric.get(m).mean())
                            + " (95% CI " + Findings.number(byMetric.get(m).low()) + " to "
                            + Findings.number(byMetric.get(m).high()) + ")")));
            s.append(String.join(", ", parts)).append(". ");
        }
        s.append("How sure: ").append(info.replications()).append(" runs of each variant")
                .append(sweep ? " at each point" : "").append(", each with its own seed. ");
        if (!pairs.isEmpty()) {
            s.append("A difference is called more or less only when its 95% confidence interval excludes zero, it"
                    + " reaches the smallest effect of interest (").append(smallestEffects(info))
                    .append(") and it stays significant after adjusting for the ")
                    .append(pairs.get(0).findings().size())
                    .append(" measures compared; otherwise it is reported as no clear difference.");
        } else {
            s.append("The intervals are 95% confidence intervals of the mean across runs.");
        }
        return s.toString().trim();
    }

    /** "0.02 on these 0-to-1 scales", or that with the scenario's own values of the headline metrics. */
    private static String smallestEffects(RunInfo info) {
        List<String> own = new ArrayList<>();
        for (String m : Glossary.HEADLINE) {
            if (info.smallestEffects().containsKey(m)) {
                own.add(Findings.number(info.smallestEffects().get(m)) + " on " + Glossary.of(m).label());
            }
        }
        return own.isEmpty() ? "a difference of 0.02 on these 0-to-1 scales"
                : String.join(", ", own) + " as the scenario sets, 0.02 on the others";
    }

    /** The findings table of one pair: the shown metrics, then the others folded away. */
    static void table(StringBuilder h, Pair p) {
        h.append("<h3>").append(Html.esc(p.b())).append(" compared with ").append(Html.esc(p.a())).append("</h3>\n");
        h.append(p.levers().isEmpty() ? "<p class=\"note\">The two variants differ in no lever: any difference"
                + " between them is chance (their runs have other seeds).</p>\n"
                : "<p class=\"note\">What differs: " + Html.esc(String.join(", ", p.levers())) + ".</p>\n");
        rows(h, p, p.shown());
        List<Finding> hidden = p.hidden();
        if (!hidden.isEmpty()) {
            h.append("<details>\n<summary>").append(hidden.size()).append(" other measures (no clear difference, not"
                    + " acted on by what differs)</summary>\n");
            rows(h, p, hidden);
            h.append("</details>\n");
        }
    }

    private static void rows(StringBuilder h, Pair p, List<Finding> findings) {
        h.append("<table>\n<tr><th>measure</th><th>meaning (scale)</th><th>").append(Html.esc(p.a()))
                .append("</th><th>").append(Html.esc(p.b())).append("</th><th>").append(Html.esc(p.b()))
                .append(" compared with ").append(Html.esc(p.a())).append("</th></tr>\n");
        for (Finding f : findings) {
            Glossary.Entry g = Glossary.of(f.metric());
            h.append(f.verdict().clear() ? "<tr class=\"clear\">" : "<tr>").append("<td><b>").append(Html.esc(g.label()))
                    .append("</b><br><code>").append(Html.esc(f.metric())).append("</code></td><td>")
                    .append(Html.esc(g.meaning())).append(g.scale().isEmpty() ? "" : " (" + Html.esc(g.scale()) + ")")
                    .append("</td><td class=\"num\">").append(Findings.number(f.meanA())).append("</td><td class=\"num\">")
                    .append(Findings.number(f.meanB())).append("</td><td>").append(Html.esc(f.sentence()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** The levers section: warnings of levers that cannot act, and levers that made no clear difference. */
    static void levers(StringBuilder h, RunInfo info, List<Pair> pairs) {
        if (!info.warnings().isEmpty()) {
            h.append("<p>Levers that cannot act in this scenario (also printed by <code>validate</code> and"
                    + " <code>run</code>):</p>\n<ul>\n");
            info.warnings().forEach(w -> h.append("<li>").append(Html.esc(w)).append("</li>\n"));
            h.append("</ul>\n");
        }
        // A sweep compares the same arms at every point: one line per lever, with the points.
        Map<String, List<String>> points = new java.util.LinkedHashMap<>();
        for (Pair p : pairs) {
            for (String lever : p.leversWithoutEffect()) {
                points.computeIfAbsent(Sweep.arm(p.b()) + " compared with " + Sweep.arm(p.a()) + ": " + lever,
                        k -> new ArrayList<>()).add(Sweep.pointWords(p.b()));
            }
        }
        Set<String> lines = new LinkedHashSet<>();
        points.forEach((line, at) -> lines.add(at.get(0).isEmpty() ? line : line + ", at "
                + Comparisons.join(at.stream().map(x -> "(" + x + ")").toList())));
        if (lines.isEmpty()) {
            h.append("<p>").append(info.warnings().isEmpty() ? "No lever was found that cannot act. " : "")
                    .append("Every lever that differs between the variants compared moved at least one of the"
                            + " measures it acts on clearly (or the variants differ in no lever).</p>\n");
            return;
        }
        h.append("<p>Levers that made no clear difference on any of the measures they act on (the map from levers"
                + " to measures is in docs/report.md):</p>\n<ul>\n");
        lines.forEach(l -> h.append("<li>").append(Html.esc(l)).append("</li>\n"));
        h.append("</ul>\n");
    }

    /** The metrics the report shows charts for: those of every pair's table, or the headline ones. */
    static Set<String> shownMetrics(List<Pair> pairs) {
        Set<String> out = new LinkedHashSet<>(Glossary.HEADLINE);
        pairs.forEach(p -> p.shown().forEach(f -> out.add(f.metric())));
        return out;
    }
}
