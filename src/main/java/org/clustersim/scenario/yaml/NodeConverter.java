package org.clustersim.scenario.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns SnakeYAML's composed node graph into our immutable {@link YNode} tree, applying the
 * rules SnakeYAML's compose stage leaves to the construct stage, which we never run.
 *
 * <p>Checked here: duplicate keys (SnakeYAML 2.5 only detects them while constructing Java
 * objects), explicit tags outside the plain-data set, non-text keys, merge keys and recursive
 * aliases. Aliases are expanded into copies: the composed graph shares the anchored node, and
 * each use becomes its own subtree carrying the anchor's positions. Because expansion can
 * multiply the size of a document even under SnakeYAML's alias limit, the number of produced
 * values is capped.
 */
final class NodeConverter {

    /** Far above what a 1 MiB file holds without aliases, so only alias expansion reaches it. */
    static final int MAX_VALUES = 1_000_000;

    private static final Set<Tag> SCALAR_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

    private final String file;
    private final Problems problems;
    private final Resolver resolver;
    /** Nodes being converted right now; meeting one again means an alias points at its own parent. */
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private int values;

    NodeConverter(String file, Problems problems, Resolver resolver) {
        this.file = file;
        this.problems = problems;
        this.resolver = resolver;
    }

    /**
     * Converts a node and everything below it; ordinary problems go to the collector.
     *
     * @throws ScenarioException when aliases make the data recursive or too large to expand
     */
    YNode convert(Node node) throws ScenarioException {
        Position position = Position.of(file, node.getStartMark());
        if (++values > MAX_VALUES) {
            throw new ScenarioException(position, "too many aliases (a 'billion laughs' attack?): the data expands to more than "
                    + MAX_VALUES + " values");
        }
        if (!inProgress.add(node)) {
            throw new ScenarioException(position, "an alias refers to a value that contains it: recursive data is not allowed");
        }
        YNode result = switch (node.getNodeId()) {
            case scalar -> scalar((ScalarNode) node, position);
            case sequence -> list((SequenceNode) node, position);
            case mapping -> map((MappingNode) node, position);
            case anchor -> throw new IllegalStateException("compose never returns anchor nodes");
        };
        inProgress.remove(node);
        return result;
    }

    private YScalar scalar(ScalarNode node, Position position) {
        boolean plain = node.isPlain();
        // SnakeYAML does not expose whether a tag was written, so we compare with the tag the
        // text would get without one: a tag that changes nothing is not worth reporting.
        Tag inferred = resolver.resolve(NodeId.scalar, node.getValue(), plain);
        Tag tag = node.getTag();
        String explicit = tag.equals(inferred) ? null : shortForm(tag);
        if (explicit != null && !SCALAR_TAGS.contains(tag)) {
            rejectTag(explicit, position);
        }
        return new YScalar(node.getValue(), plain, explicit, position);
    }

    private YList list(SequenceNode node, Position position) throws ScenarioException {
        if (!node.getTag().equals(Tag.SEQ)) {
            rejectTag(shortForm(node.getTag()), position);
        }
        List<YNode> items = new ArrayList<>();
        for (Node item : node.getValue()) {
            items.add(convert(item));
        }
        return new YList(items, position);
    }

    private YMap map(MappingNode node, Position position) throws ScenarioException {
        if (!node.getTag().equals(Tag.MAP)) {
            rejectTag(shortForm(node.getTag()), position);
        }
        Map<String, Position> firstSeen = new HashMap<>();
        List<YMap.Entry> entries = new ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Position keyPosition = Position.of(file, keyNode.getStartMark());
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                String kind = keyNode instanceof SequenceNode ? "a list" : "a mapping";
                problems.add(keyPosition, "a key must be plain text, got " + kind);
                continue;
            }
            if (scalarKey.isPlain() && scalarKey.getTag().equals(Tag.MERGE)) {
                problems.add(keyPosition, "merge keys ('<<') are not supported: write the values out or use 'extends'");
                continue;
            }
            String key = scalar(scalarKey, keyPosition).text();
            Position first = firstSeen.putIfAbsent(key, keyPosition);
            if (first != null) {
                problems.add(keyPosition, "duplicate key '" + key + "' (first at line " + first.line() + ")");
                continue;
            }
            entries.add(new YMap.Entry(key, keyPosition, convert(tuple.getValueNode())));
        }
        return new YMap(entries, position);
    }

    private void rejectTag(String tag, Position position) {
        problems.add(position, "explicit tag " + tag + " is not allowed: scenario files hold plain data only");
    }

    /** Writes tags as users type them: {@code !!int} rather than {@code tag:yaml.org,2002:int}. */
    private static String shortForm(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }
}
