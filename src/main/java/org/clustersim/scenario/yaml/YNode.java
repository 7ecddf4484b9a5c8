package org.clustersim.scenario.yaml;

/**
 * A value read from a scenario file, remembering where it was written.
 *
 * <p>We bind scenarios from this tree rather than from the plain {@code Map}/{@code List}
 * objects SnakeYAML can build, because those lose positions: with positions, every binding
 * error can say {@code file:line:column}. The tree is immutable and holds only text, lists
 * and mappings, so no Java object is ever created from a file's tags (the root cause of
 * YAML deserialisation attacks such as CVE-2022-1471).
 *
 * <p>The interface is sealed so that a {@code switch} over the three kinds is exhaustive.
 */
public sealed interface YNode permits YScalar, YList, YMap {

    /**
     * Where the value starts in its file.
     *
     * @return the position of the first character of the value
     */
    Position position();

    /**
     * A short description for error messages, such as "a mapping", "a list" or
     * "the text 'abc'".
     *
     * @return a phrase that fits after "got "
     */
    String describe();
}
