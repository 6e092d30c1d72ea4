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
    /** Verbs of an attribution ("officials said"); declared before the patterns built from them. */
    private static final String[] SPEECH_VERBS = {
        "said", "says", "told", "added", "reported", "announced", "stated", "noted", "explained"
    };
    /** The words one of which {@link #TRAILING_ATTRIBUTION} needs: a cheap test before the pattern runs. */
    private static final String[] ATTRIBUTION_WORDS = java.util.stream.Stream.concat(
                    java.util.Arrays.stream(SPEECH_VERBS), java.util.stream.Stream.of("according to"))
            .toArray(String[]::new);
    /**
     * What follows the sentence's last comma when it is an attribution. It holds no comma, so it
     * can only follow the last one: the pattern runs once, on that tail, without backtracking over
     * the sentence.
     */
    private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile("\\s+(?<attr>[^,\"\u201C\u201D]{0,80}?\\b(?:"
            + String.join("|", ATTRIBUTION_WORDS) + ")\\b[^,\"\u201C\u201D]{0,80}?)(?<end>[.!])");
    /** A short aside in parentheses: "(ISIS)", "(AP)", "(left)". */
    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\([^()]{1,60}\\)");
    /** Connectives that tie a sentence to the one before it in its article, not to the summary. */
    private static final Pattern LEADING_CONNECTIVE = Pattern.compile(
            "^(?:However|Meanwhile|Also|In addition|Moreover|Furthermore|Nevertheless|Still|Instead|Indeed|Besides)\\s*,\\s+");

    /**
     * A clause after the speech verb: the tail reports news of its own ("..., state health officials
     * said Thursday the virus is likely present statewide."), and what precedes the comma may be
     * only a subordinate clause ("After confirming the virus in birds").
     */
    private static final Pattern REPORTED_CLAUSE = Pattern.compile("\\b(?:" + String.join("|", SPEECH_VERBS)
            + ")\\b.*\\b(?:that|is|are|was|were|be|will|would|has|have|had|can|could|may"
            + "|might|should|must|does|did)\\b");

    /** A clause that cannot stand alone: what is left when the main clause went with the tail. */
    private static final Pattern SUBORDINATE = Pattern.compile(
            "(?:After|Before|While|When|Whenever|Although|Though|Because|If|Since|Unless|Until|Once|As|Whereas)\\b");

    private static final int MAX_ATTRIBUTION_WORDS = 14;
    private static final int MIN_REMAINING_WORDS = 8;

    private Compression() {}

    /**
     * The sentence without what a summary can spare: its trailing attribution, short parenthetical
     * asides, and a leading connective; or the sentence itself when there is nothing to drop.
     */
    public static String shorten(String sentence) {
        String s = trimAttribution(sentence);
        if (s.indexOf('(') >= 0 && !s.contains("\u201C") && !s.contains("\"")) {
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
        String stripped = sentence.strip();
        int comma = stripped.lastIndexOf(',');
        if (comma < 1 || stripped.charAt(comma - 1) == ',' || Character.isWhitespace(stripped.charAt(comma - 1))) {
            return sentence;
        }
        if (!mentionsAttribution(stripped, comma + 1)) {
            return sentence;
        }
        Matcher m = TRAILING_ATTRIBUTION.matcher(stripped).region(comma + 1, stripped.length());
        if (!m.matches()) {
            return sentence;
        }
        String main = stripped.substring(0, comma);
        if (words(m.group("attr")) > MAX_ATTRIBUTION_WORDS
                || words(main) < MIN_REMAINING_WORDS
                || REPORTED_CLAUSE.matcher(m.group("attr")).find()
                || SUBORDINATE.matcher(main).lookingAt() && main.indexOf(',') < 0) {
            return sentence;
        }
        return main + m.group("end");
    }

    private static boolean mentionsAttribution(String s, int from) {
        for (String word : ATTRIBUTION_WORDS) {
            if (s.indexOf(word, from) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        return WordCount.of(s);
    }
}
