package dev.precis.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Newswire datelines such as "HANGZHOU, China (CNN) —" or "PINE RIDGE, S.D. (AP) --" open the
 * first paragraph; they are not part of the sentence, but they name the outlet and the place. After
 * an agency in brackets a single hyphen is a dash too ("NEW YORK (AP) - The virus ..."); without
 * one it is not ("US - Russia talks").
 */
public final class Datelines {
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>(?:[A-Z][A-Z.'\\-]+(?:\\s+[A-Z][A-Z.'\\-]+)*)(?:,\\s*[A-Z][\\w.]*(?:\\s+[\\w.]+){0,3})?)"
                    + "\\s*(?:\\((?<agency>[A-Za-z][\\w .&\\-]{0,30})\\)\\s*(?:--|\u2014|\u2013|_|-)|(?:--|\u2014|\u2013|_))\\s+");

    private Datelines() {}

    /**
     * The text without its dateline, the agency named in it and its place ("HANGZHOU, China"),
     * both null when there was none.
     */
    public record Split(String text, String agency, String place) {
        public Split(String text, String agency) {
            this(text, agency, null);
        }
    }

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
        return new Split(rest, m.group("agency"), m.group("place").strip());
    }
}
