package dev.precis.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Newswire datelines such as "HANGZHOU, China (CNN) —" or "PINE RIDGE, S.D. (AP) --" open the
 * first paragraph; they are not part of the sentence, but they name the outlet.
 */
public final class Datelines {
    private static final Pattern DATELINE =
            Pattern.compile("^(?:[A-Z][A-Z.'\\-]+(?:\\s+[A-Z][A-Z.'\\-]+)*)(?:,\\s*[A-Z][\\w.]*(?:\\s+[\\w.]+){0,3})?"
                    + "\\s*(?:\\((?<agency>[A-Za-z][\\w .&\\-]{0,30})\\))?\\s*(?:--|\u2014|\u2013|_)\\s+");

    private Datelines() {}

    /** The text without its dateline, and the agency named in it (or null). */
    public record Split(String text, String agency) {}

    public static Split strip(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find() || m.end() >= paragraph.length()) {
            return new Split(paragraph, null);
        }
        String rest = paragraph.substring(m.end());
        if (!Character.isUpperCase(rest.codePointAt(0))
                && !Character.isDigit(rest.codePointAt(0))
                && "\"\u201C'".indexOf(rest.charAt(0)) < 0) {
            return new Split(paragraph, null);
        }
        return new Split(rest, m.group("agency"));
    }
}
