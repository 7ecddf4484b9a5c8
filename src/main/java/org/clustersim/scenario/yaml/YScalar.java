package org.clustersim.scenario.yaml;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A single value written as text: a number, a word, a quoted string or a block of text.
 *
 * <p>The text is kept exactly as YAML delivered it; turning it into a number or an enum
 * is left to {@link Fields}, which can then report a precise, positioned error.
 *
 * @param text     the scalar's content, after YAML unquoting and folding
 * @param plain    true when written without quotes or block indicators ({@code |}, {@code >});
 *                 only plain text can mean null, so {@code 'null'} stays the word "null"
 * @param tag      the explicit tag in short form (e.g. {@code !!str}) when it changes what the
 *                 text would mean by default, otherwise null; so {@code !!str 12} has tag
 *                 {@code !!str} while {@code !!str abc} and {@code abc} are the same value
 * @param position where the value starts
 */
public record YScalar(String text, boolean plain, String tag, Position position) implements YNode {

    /** The YAML 1.2 core schema spellings of null (YAML 1.2.2, section 10.3.2). */
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");

    /** Long texts are cut in messages so that one bad value does not flood the terminal. */
    private static final int SHOWN_LENGTH = 40;

    /** Text and position are always present; the tag is optional. */
    public YScalar {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
    }

    /**
     * Tells whether this scalar means "no value", e.g. {@code key:} with nothing after it.
     *
     * @return true for an untagged plain {@code ~}, {@code null} or empty value, or a
     *         {@code !!null} tag
     */
    public boolean isNull() {
        if (tag != null) {
            return tag.equals("!!null");
        }
        return plain && NULL.matcher(text).matches();
    }

    @Override
    public String describe() {
        if (isNull()) {
            return "nothing (null)";
        }
        String shown = text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH) + "...";
        return "the text '" + shown + "'";
    }
}
