package org.clustersim.scenario.yaml;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A mutable collector of {@link Problem}s found while reading or binding a scenario.
 *
 * <p>Binders keep going after a mistake and add it here, so that one run reports every
 * error at once; at the end, {@link #throwIfAny()} turns them into a single
 * {@link ScenarioException}. Problems are kept sorted and de-duplicated, because the same
 * node may be checked by more than one rule (for example a merged map seen twice).
 */
public final class Problems {

    private final SortedSet<Problem> problems = new TreeSet<>();

    /**
     * Records a problem.
     *
     * @param position where the problem is
     * @param message  what is wrong
     */
    public void add(Position position, String message) {
        problems.add(new Problem(position, message));
    }

    /**
     * Tells whether nothing has gone wrong so far.
     *
     * @return true when no problem was added
     */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** How many problems were collected so far. */
    public int size() {
        return problems.size();
    }

    /**
     * The problems found so far.
     *
     * @return an immutable list, sorted by position then message, without duplicates
     */
    public List<Problem> list() {
        return List.copyOf(problems);
    }

    /**
     * Ends a collecting pass.
     *
     * @throws ScenarioException carrying every problem, if there is at least one
     */
    public void throwIfAny() throws ScenarioException {
        if (!problems.isEmpty()) {
            throw new ScenarioException(list());
        }
    }
}
