package org.clustersim.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The dependency graph between the packages of a source tree, read from the sources themselves:
 * an edge {@code a -> b} when a file of {@code a} imports, or names fully qualified, a type of
 * {@code b}. Comments and string literals are skipped, so a Javadoc link is not a dependency.
 * A plain scan rather than a bytecode tool: it needs no dependency and sees exactly what a
 * reader of the code sees.
 */
final class PackageGraph {
    private static final Pattern COMMENTS_AND_STRINGS =
            Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private final Map<String, Set<String>> edges = new TreeMap<>();

    /** Adds {@code from -> to}; a package depending on itself is no edge. */
    void add(String from, String to) {
        edges.computeIfAbsent(from, k -> new TreeSet<>());
        edges.computeIfAbsent(to, k -> new TreeSet<>());
        if (!from.equals(to)) {
            edges.get(from).add(to);
        }
    }

    /** The packages {@code from} depends on directly. */
    Set<String> dependencies(String from) {
        return edges.getOrDefault(from, Set.of());
    }

    Set<String> packages() {
        return edges.keySet();
    }

    /**
     * The graph of the Java files under {@code root}, keeping only packages under {@code prefix}
     * and naming each by what follows the prefix ({@code model.rules}).
     */
    static PackageGraph scan(Path root, String prefix) {
        Pattern reference = Pattern.compile("\\b" + Pattern.quote(prefix) + "\\.([a-z_][\\w.]*?)\\.(?:[A-Z]|\\*)");
        PackageGraph g = new PackageGraph();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = COMMENTS_AND_STRINGS.matcher(Files.readString(f, StandardCharsets.UTF_8)).replaceAll(" ");
                Matcher p = PACKAGE.matcher(code);
                if (!p.find() || !p.group(1).startsWith(prefix + ".")) {
                    continue;
                }
                String from = p.group(1).substring(prefix.length() + 1);
                g.add(from, from);
                Matcher m = reference.matcher(code);
                while (m.find()) {
                    g.add(from, m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /**
     * The cycles: each strongly connected component of more than one package (Tarjan 1972,
     * "Depth-first search and linear graph algorithms", linear in packages and edges), written
     * as one closed path through it, e.g. {@code [a, b, a]}.
     */
    List<List<String>> cycles() {
        List<List<String>> out = new ArrayList<>();
        for (Set<String> component : new Tarjan().components()) {
            if (component.size() > 1) {
                out.add(pathThrough(component));
            }
        }
        return out;
    }

    /** A closed path from the component's first package back to it, within the component. */
    private List<String> pathThrough(Set<String> component) {
        String start = component.iterator().next();
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String next : dependencies(at)) {
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>();
                    for (String p = at; p != null; p = parent.get(p)) {
                        path.add(0, p);
                    }
                    path.add(start);
                    return path;
                }
                if (component.contains(next) && !parent.containsKey(next)) {
                    parent.put(next, at);
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + component);
    }

    /** Tarjan's strongly connected components, recursive: package graphs are shallow. */
    private final class Tarjan {
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<Set<String>> found = new ArrayList<>();

        List<Set<String>> components() {
            for (String p : edges.keySet()) {
                if (!index.containsKey(p)) {
                    visit(p);
                }
            }
            return found;
        }

        private void visit(String p) {
            index.put(p, index.size());
            low.put(p, index.get(p));
            stack.push(p);
            onStack.add(p);
            for (String q : dependencies(p)) {
                if (!index.containsKey(q)) {
                    visit(q);
                    low.put(p, Math.min(low.get(p), low.get(q)));
                } else if (onStack.contains(q)) {
                    low.put(p, Math.min(low.get(p), index.get(q)));
                }
            }
            if (low.get(p).equals(index.get(p))) {
                Set<String> component = new TreeSet<>();
                String q;
                do {
                    q = stack.pop();
                    onStack.remove(q);
                    component.add(q);
                } while (!q.equals(p));
                found.add(component);
            }
        }
    }
}
