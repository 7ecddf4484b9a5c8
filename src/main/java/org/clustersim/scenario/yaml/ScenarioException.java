package org.clustersim.scenario.yaml;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A mistake in the user's scenario input, as opposed to a bug in clustersim.
 *
 * <p>It is a checked exception so that callers cannot forget that input can be wrong. The
 * command line prints {@link #getMessage()} (one {@code file:line:column: message} per line)
 * and exits with code 2, without a stack trace: the trace would only describe our code, while
 * the user needs to know what to change in their file.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    /**
     * Creates an exception for one or more problems.
     *
     * @param problems at least one problem; kept in the given order
     */
    public ScenarioException(List<Problem> problems) {
        super(join(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates an exception for a single problem.
     *
     * @param position where the problem is
     * @param message  what is wrong
     */
    public ScenarioException(Position position, String message) {
        this(List.of(new Problem(position, message)));
    }

    /**
     * The problems this exception reports.
     *
     * @return an immutable, non-empty list
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String join(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
