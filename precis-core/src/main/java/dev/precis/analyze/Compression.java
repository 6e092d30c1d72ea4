package dev.precis.analyze;

import dev.precis.text.WordCount;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light sentence compression: a trailing attribution (", officials said on Monday.", ", according to
 * the Associated Press.") carries no news of its own, so a summary may leave it out to say more in
 * its word budget. Quotations keep their speaker: a sentence holding a quotation is never trimmed.
 */
public final class Compression {
    private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile(
            "^(?<main>.+?[^,\\s]),\\s+(?<attr>[^,\"\u201C\u201D]{0,80}?\\b(?:said|says|told|added|reported|announced|"
                    + "stated|noted|explained|according to)\\b[^,\"\u201C\u201D]{0,80}?)(?<end>[.!])$");
    /** A short aside in parentheses: "(ISIS)", "(AP)", "(left)". */
    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\([^()]{1,60}\\)");
    /** Connectives that tie a sentence to the one before it in its article, not to the summary. */
    private static final Pattern LEADING_CONNECTIVE = Pattern.compile(
            "^(?:However|Meanwhile|Also|In addition|Moreover|Furthermore|Nevertheless|Still|Instead|Indeed|Besides)\\s*,\\s+");

    private static final int MAX_ATTRIBUTION_WORDS = 14;
    private static final int MIN_REMAINING_WORDS = 8;

    private Compression() {}

    /**
     * The sentence without what a summary can spare: its trailing attribution, short parenthetical
     * asides, and a leading connective; or the sentence itself when there is nothing to drop.
     */
    public static String shorten(String sentence) {
        String s = trimAttribution(sentence);
        if (!s.contains("\u201C") && !s.contains("\"")) {
            s = PARENTHETICAL.matcher(s).replaceAll("");
        }
        Matcher connective = LEADING_CONNECTIVE.matcher(s);
        if (connective.find() && s.length() > connective.end()) {
            String rest = s.substring(connective.end());
            s = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return s;
    }

    /** The sentence without its trailing attribution, or the sentence itself when there is none to drop. */
    public static String trimAttribution(String sentence) {
        if (sentence.indexOf('"') >= 0 || sentence.indexOf('\u201C') >= 0 || sentence.indexOf('\u201D') >= 0) {
            return sentence;
        }
        Matcher m = TRAILING_ATTRIBUTION.matcher(sentence.strip());
        if (!m.matches()) {
            return sentence;
        }
        String main = m.group("main");
        if (words(m.group("attr")) > MAX_ATTRIBUTION_WORDS || words(main) < MIN_REMAINING_WORDS) {
            return sentence;
        }
        return main + m.group("end");
    }

    private static int words(String s) {
        return WordCount.of(s);
    }
}
