package org.clustersim.scenario.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a scenario file and the chain of files it {@code extends}, merged into one mapping.
 *
 * <p>A file may say {@code extends: base.yaml} to start from another scenario and change only
 * a few values; the base may itself extend another file. The child is deep-merged over its
 * base with {@link YMerge}, and the {@code extends} key is dropped from the result.
 *
 * <p>Only local files are allowed: fetching a URL would make a run depend on the network and
 * let a shared scenario pull in content nobody reviewed. Paths are resolved against the
 * directory of the file that names them, so a folder of scenarios can be moved as a whole.
 * Every error is reported at the {@code extends} value that caused it.
 */
public final class Extends {

    /** The key that names the base file. */
    public static final String KEY = "extends";

    /** More levels than this is almost certainly a mistake and makes values hard to trace. */
    public static final int MAX_DEPTH = 10;

    /**
     * A URI scheme (RFC 3986, section 3.1) such as {@code http:} or {@code file:}. Two or more
     * characters are required so that a Windows drive letter ({@code C:}) is not taken for one.
     */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    /** A file in the chain: as shown in messages, and its real path for detecting cycles. */
    private record Link(Path shown, Path real) {
    }

    private Extends() {
    }

    /**
     * Reads a file and everything it extends.
     *
     * @param file the scenario file; its {@code toString()} is used in messages
     * @return the merged mapping, without any {@code extends} key
     * @throws ScenarioException for a problem in any file of the chain
     */
    public static YMap resolve(Path file) throws ScenarioException {
        return resolveWithSources(file).map();
    }

    /**
     * The merged mapping and the files it came from, each read once.
     *
     * @param map     the merged mapping, without any {@code extends} key
     * @param sources the file, then the files it extends, in order
     */
    public record Resolved(YMap map, List<Path> sources) {
    }

    /** As {@link #resolve(Path)}, also naming the files of the chain (for the manifest's hashes). */
    public static Resolved resolveWithSources(Path file) throws ScenarioException {
        return resolveWithSources(file, YMerge::merge);
    }

    /**
     * As {@link #resolveWithSources(Path)}, merging each file over its base with {@code merge}
     * (the scenario package's, which knows population edits).
     */
    public static Resolved resolveWithSources(Path file, BinaryOperator<YMap> merge) throws ScenarioException {
        List<Path> sources = new ArrayList<>(List.of(file));
        YMap map = resolve(file, YamlReader.read(file), List.of(new Link(file, realPath(file))), sources, merge);
        return new Resolved(map, List.copyOf(sources));
    }

    private static YMap resolve(Path file, YMap map, List<Link> chain, List<Path> sources,
                                BinaryOperator<YMap> merge) throws ScenarioException {
        YNode value = map.get(KEY);
        if (value == null) {
            return map;
        }
        Position at = value.position();
        if (!(value instanceof YScalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
            throw new ScenarioException(at, "extends must name a file, got " + value.describe());
        }
        String name = scalar.text();
        if (SCHEME.matcher(name).find()) {
            throw new ScenarioException(at, "extends must name a local file, not a URL");
        }
        Path base = file.resolveSibling(name).normalize();
        if (!Files.isRegularFile(base)) {
            throw new ScenarioException(at, "extends: file '" + name + "' not found (looked at "
                    + base.toAbsolutePath().normalize() + ")");
        }
        Link link = new Link(base, realPath(base));
        List<Link> longer = new ArrayList<>(chain);
        longer.add(link);
        if (chain.stream().anyMatch(earlier -> earlier.real().equals(link.real()))) {
            String cycle = longer.stream().map(l -> l.shown().toString()).collect(Collectors.joining(" -> "));
            throw new ScenarioException(at, "extends cycle: " + cycle);
        }
        if (chain.size() > MAX_DEPTH) {
            throw new ScenarioException(at, "extends chain is deeper than " + MAX_DEPTH + " levels");
        }
        sources.add(base);
        YMap baseMap = resolve(base, YamlReader.readBase(base, at, name), longer, sources, merge);
        return merge.apply(baseMap, map.without(KEY));
    }

    /** The canonical path, so that two spellings of one file (or a symlink) form a detected cycle. */
    private static Path realPath(Path file) throws ScenarioException {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new ScenarioException(Position.of(file.toString()), "cannot read file: " + e.getMessage());
        }
    }
}
