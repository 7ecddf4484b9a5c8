package org.clustersim.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics in a planner's words: a short name, what it means in one line, its scale, the
 * question of the report it answers, and the smallest difference of interest by default (a
 * difference below it is reported as "no clear difference", however small its p; Lakens, Scheel
 * and Isager 2018). The defaults follow the patterns' (two points on a 0..1 scale; ten points on a
 * share of runs; one unit on a count) and a scenario can change them with
 * {@code smallest_effects: {metric: value}}. The formulas are in {@link org.clustersim.metrics.Metrics}
 * and docs/ODD.md; docs/report.md lists this table.
 */
public final class Glossary {

    /** The report's questions, in the order of its sections. */
    public enum Question {
        COOPERATION("Do firms cooperate?"),
        OWNERSHIP("Do firms own the cluster project?"),
        COHESION("Does the network hold together?"),
        KNOWLEDGE("Does knowledge reach the firms, and do they survive?"),
        AUTHORITIES("Whom do firms trust?");

        private final String title;

        Question(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** One metric's entry. */
    public record Entry(String metric, String label, String meaning, String scale, double smallestEffect,
                        Question question) {
    }

    private static final double POINTS = 0.02;
    private static final double SHARE_OF_RUNS = 0.1;
    private static final String UNIT = "0 to 1";

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        add("cooperation_rate", "cooperation", "share of encounters in which firms chose to cooperate", UNIT,
                POINTS, Question.COOPERATION);
        add("alliance_break_rate", "alliance break rate", "share of the alliances formed so far that a defection broke",
                UNIT, SHARE_OF_RUNS, Question.COOPERATION);
        add("alliances_broken", "alliances broken (count)", "alliances broken by a defection so far", "count", 1,
                Question.COOPERATION);
        add("appropriation", "ownership of the project", "how much firms consider the cluster project their own",
                UNIT, POINTS, Question.OWNERSHIP);
        add("member_appropriation", "members' ownership", "ownership of the project among members only", UNIT,
                POINTS, Question.OWNERSHIP);
        add("member_autonomy", "members' felt autonomy", "how free members feel in the cluster (0 without members)",
                UNIT, POINTS, Question.OWNERSHIP);
        add("members", "membership", "share of firms that are members of the cluster", UNIT, POINTS,
                Question.OWNERSHIP);
        add("formed", "cluster formed", "share of runs in which the cluster structure exists", "0 to 1 (share of runs)",
                SHARE_OF_RUNS, Question.OWNERSHIP);
        add("cohesion", "cohesion", "mean of the connected share, the clustering and mean trust", UNIT, POINTS,
                Question.COHESION);
        add("mean_trust", "trust", "mean trust between actors who know each other", UNIT, POINTS, Question.COHESION);
        add("strong_tie_density", "strong ties", "share of all pairs of actors linked by strong mutual trust", UNIT,
                POINTS, Question.COHESION);
        add("clustering_coefficient", "closed triangles", "how often two strong partners of an actor are partners too",
                UNIT, POINTS, Question.COHESION);
        add("largest_component_share", "connected share", "share of actors in the largest group linked by strong ties",
                UNIT, POINTS, Question.COHESION);
        add("tie_density", "acquaintance", "share of pairs of actors who know each other", UNIT, POINTS,
                Question.COHESION);
        add("coordinator_brokerage", "coordinators' brokerage", "how much the coordinators sit between others",
                UNIT, POINTS, Question.COHESION);
        add("coordinator_top_broker", "coordinator is top broker", "share of runs in which a coordinator is the first"
                + " broker", "0 to 1 (share of runs)", SHARE_OF_RUNS, Question.COHESION);
        add("information_access", "access to information", "share of firms a hub can reach along trusted ties", UNIT,
                POINTS, Question.KNOWLEDGE);
        add("innovation", "outside knowledge", "mean outside knowledge firms hold", UNIT, POINTS, Question.KNOWLEDGE);
        add("know_how", "know-how kept", "total know-how of active firms per initial firm", "0 and up", POINTS,
                Question.KNOWLEDGE);
        add("know_how_per_firm", "know-how per firm", "mean know-how of active firms", UNIT, POINTS,
                Question.KNOWLEDGE);
        add("active_firms", "active firms", "number of firms still in business", "count", 1, Question.KNOWLEDGE);
        add("local_authority_trust", "trust in the local authority", "mean trust placed in the local authority", UNIT,
                POINTS, Question.AUTHORITIES);
        add("rival_trust", "trust between rivals", "mean trust between firms of the same market", UNIT, POINTS,
                Question.AUTHORITIES);
    }

    /** The metrics the headline answers with, in its order. */
    public static final List<String> HEADLINE = List.of("cooperation_rate", "appropriation", "cohesion",
            "mean_trust", "innovation");

    private Glossary() {
    }

    private static void add(String metric, String label, String meaning, String scale, double smallest, Question q) {
        ENTRIES.put(metric, new Entry(metric, label, meaning, scale, smallest, q));
    }

    /**
     * The entry of a metric; a column the glossary does not know (a newer metric) gets its name,
     * no meaning and the 0..1 default, under cohesion. {@code stage} has no entry: it is a category,
     * shown as shares of runs per stage, never as a number.
     */
    public static Entry of(String metric) {
        Entry e = ENTRIES.get(metric);
        return e != null ? e : new Entry(metric, metric.replace('_', ' '), "", "", POINTS, Question.COHESION);
    }

    /** Whether the metric is compared and charted as a number (every metric but the stage). */
    public static boolean numeric(String metric) {
        return !metric.equals("stage");
    }

    /** Every entry, in the glossary's order. */
    public static List<Entry> all() {
        return List.copyOf(ENTRIES.values());
    }
}
