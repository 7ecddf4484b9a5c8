package org.clustersim.scenario.yaml;

import java.util.List;
import java.util.Objects;

/**
 * A YAML sequence ({@code - item} lines or {@code [a, b]}), with its position.
 *
 * <p>Items keep their own positions, so an error in the third item points at the third item.
 *
 * @param items    the items in file order; copied into an immutable list
 * @param position where the list starts
 */
public record YList(List<YNode> items, Position position) implements YNode {

    /** Copies the items so that the tree stays immutable whatever the caller does later. */
    public YList {
        items = List.copyOf(items);
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String describe() {
        return "a list";
    }
}
