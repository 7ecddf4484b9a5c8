package org.clustersim.scenario.yaml;

import java.util.Comparator;
import java.util.Objects;

/**
 * One mistake in a user's scenario input, tied to the place that caused it.
 *
 * <p>Problems are plain values so that a loader can collect all of them in one pass
 * (see {@link Problems}) and the user can fix every mistake after a single run, instead of
 * meeting them one at a time.
 *
 * <p>Natural ordering is by file, line and column (then message, to stay consistent with
 * {@code equals}), which is the order a user reads the file in.
 *
 * @param position where the problem is
 * @param message  what is wrong, in words a scenario author understands
 */
public record Problem(Position position, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::position)
            .thenComparing(Problem::message);

    /** Both parts are needed for the message to be useful. */
    public Problem {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    /** The form the command line prints: {@code file:line:column: message}. */
    @Override
    public String toString() {
        return position + ": " + message;
    }
}
