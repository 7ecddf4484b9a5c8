package org.clustersim.explore;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clustersim.metrics.Metrics;
import org.clustersim.model.Stage;
import org.clustersim.scenario.yaml.Position;
import org.clustersim.scenario.yaml.Problems;

/**
 * The outcome of interest of a scenario discovery, written in the file as
 * {@code METRIC OP VALUE at month M}, e.g. {@code appropriation < 0.2 at month 60} or
 * {@code stage != governed at month 120} (OP one of {@code < <= > >= == !=}; for {@code stage}
 * the value may be a stage's name). A run is a case of interest when its metric at month M,
 * averaged over the point's replications, satisfies the comparison (Bryant and Lempert 2010,
 * section 3: a binary classification of the outcomes).
 */
public record Criterion(String metric, String op, double value, int month, String text) {
    private static final Pattern FORM = Pattern.compile(
            "\\s*([a-z_]+)\\s*(<=|>=|==|!=|<|>)\\s*([A-Za-z0-9_.+-]+)\\s+at\\s+month\\s+([0-9]+)\\s*");
    static final String EXPECTED = "expected 'METRIC OP VALUE at month M', e.g. 'appropriation < 0.2 at month 60' "
            + "or 'stage != governed at month 120' (OP: < <= > >= == !=)";

    /** Whether a value is a case of interest. */
    public boolean holds(double v) {
        return switch (op) {
            case "<" -> v < value;
            case "<=" -> v <= value;
            case ">" -> v > value;
            case ">=" -> v >= value;
            case "==" -> v == value;
            default -> v != value;
        };
    }

    /** The criterion written at {@code at}, or null after adding what is wrong to {@code problems}. */
    public static Criterion parse(String text, Position at, int steps, Problems problems) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            problems.add(at, "criterion '" + text + "': " + EXPECTED);
            return null;
        }
        MetricAt target = MetricAt.check(m.group(1), m.group(4), at, steps, problems);
        Double value = value(m.group(1), m.group(3));
        if (value == null) {
            problems.add(at, "criterion '" + text + "': '" + m.group(3) + "' is not a number"
                    + (m.group(1).equals("stage") ? " nor a stage (spontaneous, organised, governed, frozen)" : ""));
        }
        return target == null || value == null ? null
                : new Criterion(target.metric(), m.group(2), value, target.month(), text.trim());
    }

    private static Double value(String metric, String word) {
        if (metric.equals("stage")) {
            for (Stage s : Stage.values()) {
                if (s.name().toLowerCase(Locale.ROOT).equals(word)) {
                    return (double) s.code();
                }
            }
        }
        try {
            return Double.parseDouble(word);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A metric at a month, checked against the known metrics and the run's length. */
    public record MetricAt(String metric, int month) {
        private static final Pattern FORM = Pattern.compile("\\s*([a-z_]+)\\s+at\\s+month\\s+([0-9]+)\\s*");

        /** {@code METRIC at month M} written at {@code at}, or null after reporting the problem. */
        public static MetricAt parse(String text, Position at, int steps, Problems problems) {
            Matcher m = FORM.matcher(text);
            if (!m.matches()) {
                problems.add(at, "outcome '" + text + "': expected 'METRIC at month M', e.g. "
                        + "'appropriation at month 120'");
                return null;
            }
            return check(m.group(1), m.group(2), at, steps, problems);
        }

        static MetricAt check(String metric, String month, Position at, int steps, Problems problems) {
            if (!Metrics.names().contains(metric)) {
                problems.add(at, "unknown metric '" + metric + "'; known: " + String.join(", ", Metrics.names()));
                return null;
            }
            int mo = month.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(month);
            if (mo < 1 || mo > steps) {
                problems.add(at, "month " + month + " is outside the runs' months 1 to " + steps);
                return null;
            }
            return new MetricAt(metric, mo);
        }
    }
}
