package org.clustersim.scenario.yaml;

import java.util.Comparator;
import java.util.Objects;

import org.yaml.snakeyaml.error.Mark;

/**
 * A place in a scenario file: the file as the user named it, plus a 1-based line and column.
 *
 * <p>Every problem we report carries one, so the user can jump straight to the text to fix.
 * {@link #toString()} uses the {@code file:line:column} form of the GNU Coding Standards
 * ("Formatting Error Messages"), which terminals and editors turn into links.
 *
 * @param file   the path exactly as the caller gave it, e.g. {@code scenarios/x.yaml}
 * @param line   1-based line number
 * @param column 1-based column number
 */
public record Position(String file, int line, int column) implements Comparable<Position> {

    private static final Comparator<Position> ORDER = Comparator.comparing(Position::file)
            .thenComparingInt(Position::line)
            .thenComparingInt(Position::column);

    /** Rejects 0-based or missing values early: an off-by-one here would mislead every message. */
    public Position {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    /**
     * A position for problems about the file as a whole (too big, empty, not text).
     *
     * @param file the path as the caller gave it
     * @return line 1, column 1 of that file
     */
    public static Position of(String file) {
        return new Position(file, 1, 1);
    }

    /** Converts a SnakeYAML mark, which counts lines and columns from 0. */
    static Position of(String file, Mark mark) {
        return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    @Override
    public int compareTo(Position other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
