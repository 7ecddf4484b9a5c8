package org.clustersim.scenario.yaml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one scenario file into a positioned {@link YMap}, treating the file as untrusted.
 *
 * <p>Scenario files are shared between users, so reading one must never run code or exhaust
 * memory. We only use SnakeYAML's compose stage (text to nodes) and never its construct stage
 * (nodes to Java objects), which is where tag-driven object creation such as CVE-2022-1471
 * happens. Size, encoding, alias, nesting and tag limits follow the SnakeYAML
 * {@code LoaderOptions} documentation and the OWASP Deserialization Cheat Sheet.
 *
 * <p>Every failure, including garbage input, becomes a {@link ScenarioException} with a
 * position; callers never see a SnakeYAML exception.
 */
public final class YamlReader {

    /** 1 MiB: a hand-written scenario is a few kilobytes, so anything bigger is a mistake. */
    public static final int MAX_BYTES = 1_048_576;

    private YamlReader() {
    }

    /**
     * Reads and checks one file; does not follow {@code extends} (see {@link Extends}).
     *
     * @param file the file; its {@code toString()} is used as the file name in messages
     * @return the top-level mapping
     * @throws ScenarioException for any problem with the file, each with a position
     */
    public static YMap read(Path file) throws ScenarioException {
        String name = file.toString();
        return read(name, readBytes(file, name));
    }

    /**
     * Reads the base file that an {@code extends} value names. A file that is no scenario at all
     * (binary, empty, not a mapping) is reported at that value, where the mistake is, and without
     * quoting the file: it may be any file of the machine ({@code extends: /etc/passwd}).
     *
     * @param file the base file
     * @param at   the position of the {@code extends} value
     * @param named the file as the value names it
     */
    static YMap readBase(Path file, Position at, String named) throws ScenarioException {
        String name = file.toString();
        try {
            return parse(name, readBytes(file, name));
        } catch (NotAScenario e) {
            throw new ScenarioException(at, "extends: '" + named + "' is not a scenario file: " + e.reason);
        }
    }

    /**
     * Reads and checks YAML text that is not a file of the user's (a preset inside the jar).
     *
     * @param name  the name used in messages
     * @param bytes the UTF-8 text
     */
    public static YMap read(String name, byte[] bytes) throws ScenarioException {
        try {
            return parse(name, bytes);
        } catch (NotAScenario e) {
            throw new ScenarioException(e.position, e.detail);
        }
    }

    private static YMap parse(String name, byte[] bytes) throws ScenarioException, NotAScenario {
        String text = decode(bytes, name);
        Resolver resolver = new Resolver();
        Node root = compose(text, name, resolver);
        if (root == null) {
            throw new NotAScenario(Position.of(name),
                    "file is empty: expected a mapping of keys such as name, description, ...", "it is empty");
        }
        Problems problems = new Problems();
        YNode tree = new NodeConverter(name, problems, resolver).convert(root);
        if (!(root instanceof MappingNode)) {
            throw new NotAScenario(tree.position(), "expected a mapping at the top level, got " + tree.describe(),
                    "its top level is not a mapping");
        }
        problems.throwIfAny();
        return (YMap) tree;
    }

    /**
     * A file that is no scenario at all. {@code detail} may quote the file, for its own author;
     * {@code reason} never does, for a file that another one names.
     */
    private static final class NotAScenario extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Position position;
        private final String detail;
        private final String reason;

        NotAScenario(Position position, String detail, String reason) {
            super(detail, null, false, false);
            this.position = position;
            this.detail = detail;
            this.reason = reason;
        }
    }

    private static byte[] readBytes(Path file, String name) throws ScenarioException {
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(Position.of(name), "this is a directory, not a file");
            }
            // Checked before reading so that a huge file is never loaded into memory.
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ScenarioException(Position.of(name), "file is " + size + " bytes; the limit is " + MAX_BYTES);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(Position.of(name), "file not found");
        } catch (IOException e) {
            throw new ScenarioException(Position.of(name), "cannot read file: " + e.getMessage());
        }
    }

    /** Decodes strict UTF-8 and rejects control characters, both with the position of the first bad spot. */
    private static String decode(byte[] bytes, String name) throws NotAScenario {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never yields more chars than bytes, so the buffer cannot overflow.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            throw new NotAScenario(positionAt(name, out, out.length()),
                    "file is not UTF-8 text: invalid byte at offset " + in.position() + " (is it a binary file?)",
                    "it is not UTF-8 text (a binary file?)");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        // A byte-order mark, written by some Windows editors, is not content.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAllowed(c)) {
                throw new NotAScenario(positionAt(name, text, i), String.format(
                        "file contains the control character U+%04X, which YAML does not allow (is it a binary file?)",
                        (int) c), "it contains control characters (a binary file?)");
            }
        }
        return text;
    }

    /** YAML 1.2.2 section 5.1 ("c-printable"): tab, line breaks, and printable characters only. */
    private static boolean isAllowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\u0085'
                || (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c != 0xFFFE && c != 0xFFFF);
    }

    private static Position positionAt(String name, CharSequence text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(name, line, index - lineStart + 1);
    }

    private static Node compose(String text, String name, Resolver resolver) throws ScenarioException {
        LoaderOptions options = new LoaderOptions();
        // Only enforced when constructing objects, which we never do; NodeConverter reports
        // duplicates itself, with positions. Kept so the Yaml instance is safe if ever loaded.
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        // Composing only records tags. Letting all of them through here lets NodeConverter
        // reject every non-standard tag with a position and our own message, not just the first.
        options.setTagInspector(tag -> true);
        DumperOptions dumperOptions = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options, resolver);
        try {
            return yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new ScenarioException(markPosition(name, e), markedMessage(e));
        } catch (YAMLException e) {
            throw new ScenarioException(Position.of(name), unmarkedMessage(e.getMessage()));
        }
    }

    private static Position markPosition(String name, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null ? Position.of(name) : Position.of(name, mark);
    }

    private static String markedMessage(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        // SnakeYAML spells a tab as "\t(TAB)" inside a longer sentence; say it plainly.
        if (problem.contains("(TAB)")) {
            return "tabs are not allowed for indentation: use spaces";
        }
        return e.getContext() == null ? problem : e.getContext() + ": " + problem;
    }

    /** SnakeYAML 2.5 raises its limit errors without a mark; we recognise them by their wording. */
    private static String unmarkedMessage(String message) {
        if (message.startsWith("Number of aliases")) {
            return "too many aliases (a 'billion laughs' attack?): " + message;
        }
        if (message.startsWith("Nesting Depth exceeded")) {
            return "the data is nested too deeply: " + message;
        }
        return "cannot read the file as YAML: " + message;
    }
}
