package org.clustersim.patterns;

/**
 * One testable statement of a pattern, with a statistic, a direction and a test over
 * replications (never a single run).
 */
public interface Check {
    /** One line for the table, e.g. "appropriation: propose > impose at month 120". */
    String describe();

    CheckResult evaluate(String pattern, PatternData data);

    /** The metric the check is mainly about, charted over time for its pattern. */
    String metric();
}
