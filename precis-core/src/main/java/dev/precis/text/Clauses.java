package dev.precis.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which words of a sentence stand in a relative clause ("a man <em>who was among 14 foreigners
 * arrested</em>", "Vioxx, <em>which was approved Friday</em>"): a relative pronoun after the noun,
 * name, number or comma it describes opens one; a comma (not one within a place's name, "Ramsar,
 * Iran"), semicolon, dash, bracket or colon ends it.
 * Such a clause describes a participant; it is not what the sentence reports.
 */
public final class Clauses {
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom", "whose");
    private static final Set<String> CLAUSE_END = Set.of(",", ";", "--", "(", ")", ":");
    /** Tags before a relative pronoun: the noun (or name, number, comma) it describes. */
    private static final Set<String> BEFORE_RELATIVE = Set.of("NOUN", "PROPN", "NUM", "PUNCT");

    private Clauses() {}

    /**
     * @param tokens a sentence's word tokens
     * @param tags   their universal part-of-speech tags (a fused "Blair's" may read "PROPN+PART")
     * @return for each token, whether it stands in a relative clause (the pronoun included)
     */
    public static boolean[] relative(List<String> tokens, List<String> tags) {
        boolean[] in = new boolean[tokens.size()];
        boolean relative = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (endsClause(token, tag(tags, i)) && !withinAName(tokens, tags, i)) {
                relative = false;
            }
            if (RELATIVE.contains(token.toLowerCase(Locale.ROOT))
                    && i > 0
                    && BEFORE_RELATIVE.contains(tag(tags, i - 1))) {
                relative = true;
            }
            in[i] = relative;
        }
        return in;
    }

    /** A comma between two names ("established in Ramsar, Iran in 1971") is part of a place's name. */
    private static boolean withinAName(List<String> tokens, List<String> tags, int i) {
        return tokens.get(i).equals(",")
                && i > 0
                && i + 1 < tokens.size()
                && tag(tags, i - 1).equals("PROPN")
                && tag(tags, i + 1).equals("PROPN");
    }

    /** Whether a token ends a clause: a comma, semicolon, dash, bracket or colon. */
    public static boolean endsClause(String token, String tag) {
        return tag.equals("PUNCT") && CLAUSE_END.contains(token);
    }

    private static String tag(List<String> tags, int i) {
        String t = tags.get(i);
        int plus = t.indexOf('+');
        return plus > 0 ? t.substring(0, plus) : t;
    }
}
