package dev.precis.report;

import dev.precis.model.Sentence;
import dev.precis.text.Clauses;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence's time phrase dates an event the sentence recalls rather than reports: one
 * named as a thing ("Thursday's action", "Clinton's plans Monday", "the purpose of the hearing
 * Friday", "the Indian Gaming Regulatory Act of 1988"), told in a clause that describes a
 * participant ("Vioxx, which was approved Friday", "The findings, reported Wednesday at ...") or
 * the point a comparison or a span starts from ("better off than in 1990", "since it was launched
 * in early January"). Such a sentence tells more about an event its article (or the story) reports
 * elsewhere, so the timeline lists it with that event rather than as one of its own.
 */
final class RecalledEvents {
    private static final Set<String> DEFINITE =
            Set.of("the", "its", "their", "his", "her", "this", "that", "these", "those");

    private RecalledEvents() {}

    static boolean recalled(Sentence s, String timePhrase) {
        List<String> tokens = s.tokens();
        String[] words = timePhrase.strip().split("\\s+");
        int[] at = find(tokens, words);
        if (at == null) {
            return false;
        }
        int start = at[0];
        int core = at[1];
        String first = words[0].toLowerCase(Locale.ROOT);
        if (first.equals("of") || first.equals("from")) {
            return true; // "the Act of 1988", "an improvement from 1990"
        }
        if (possessive(tokens.get(core))) {
            return beforeAnyVerb(s, start)
                    || core + 1 < tokens.size()
                            && Character.isUpperCase(tokens.get(core + 1).charAt(0));
        }
        if (start > 0 && tokens.get(start - 1).equalsIgnoreCase("than")) {
            return true; // "better off than in 1990"
        }
        for (int k = start - 1; k >= 0 && !Clauses.endsClause(tokens.get(k), s.tag(k)); k--) {
            if (tokens.get(k).equalsIgnoreCase("since")) {
                return true; // "since it was launched in early January": when a span began
            }
            if (tokens.get(k).equalsIgnoreCase("what")
                    && k + 1 < start
                    && !s.tag(k + 1).equals("VERB")) {
                return true; // "what the agency has done today": an event named, not told
            }
        }
        boolean[] relative = Clauses.relative(tokens, s.tags());
        if (relative[start]) {
            return true;
        }
        return namedAsAThing(s, start) || inParticipleClause(s, start);
    }

    /**
     * Whether no verb comes before a token (from the opening of a quotation that holds it): the
     * subject of "Thursday's action ... suspends", "said: \u201CToday's proposal will allow ...".
     */
    private static boolean beforeAnyVerb(Sentence s, int at) {
        for (int k = at - 1; k >= 0; k--) {
            String token = s.tokens().get(k);
            if (token.equals("\u201C") || token.equals("\"")) {
                return true;
            }
            if (s.tag(k).equals("VERB") || s.tag(k).equals("AUX")) {
                return false;
            }
        }
        return true;
    }

    /** Endings of nouns that name an event: "hearing", "proceeding", "decision", "announcement", "proposal". */
    private static final java.util.regex.Pattern EVENT_NOUN =
            java.util.regex.Pattern.compile("\\p{L}+(?:ing|tion|sion|ment|al|ure)s?");

    /**
     * The time phrase right after a definite or possessive noun phrase: "Clinton's plans Monday"
     * anywhere, "in the proceeding Friday" (a noun that names an event, the object of a
     * preposition once a verb has come: not "went on the market in January").
     */
    private static boolean namedAsAThing(Sentence s, int start) {
        int i = start - 1;
        int nouns = 0;
        while (i >= 0 && (s.tag(i).equals("NOUN") || s.tag(i).equals("ADJ"))) {
            if (possessive(s.tokens().get(i))) {
                return nouns > 0 || s.tag(i).equals("NOUN");
            }
            nouns++;
            i--;
        }
        if (nouns == 0
                || i < 0
                || !s.tag(start - 1).equals("NOUN") && !s.tag(start - 1).equals("ADJ")) {
            return false;
        }
        if (possessive(s.tokens().get(i))) {
            return true; // "The EPA's announcement Thursday"
        }
        String head = s.tokens().get(start - 1);
        if (!DEFINITE.contains(s.tokens().get(i).toLowerCase(Locale.ROOT))
                || i == 0
                || !s.tag(i - 1).equals("ADP")
                || !Character.isLowerCase(head.charAt(0))
                || !EVENT_NOUN.matcher(head).matches()) {
            return false;
        }
        for (int k = 0; k < i - 1; k++) {
            if (s.tag(k).equals("VERB") || s.tag(k).equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The time phrase in a past participle's clause set off after a noun, before the main verb:
     * "The findings, reported Wednesday at a meeting ..., could lead", "The Ramsar Convention,
     * signed in 1971 in Ramsar, Iran, has ..." (not "Xu Youfang, the Minister of Forestry,
     * delivered a written statement today").
     */
    private static boolean inParticipleClause(Sentence s, int start) {
        if (!verbAfterTheClause(s, start)) {
            return false;
        }
        for (int i = start - 1; i > 0; i--) {
            String token = s.tokens().get(i);
            if (Clauses.endsClause(token, s.tag(i))) {
                if (!token.equals(",") || i + 1 >= start) {
                    return false;
                }
                String next = s.tokens().get(i + 1);
                String before = s.tag(i - 1);
                return s.tag(i + 1).equals("VERB")
                        && next.endsWith("ed")
                        && Character.isLowerCase(next.charAt(0))
                        && (before.equals("NOUN") || before.equals("PROPN"));
            }
        }
        return false;
    }

    /** Whether a comma closes the clause after a token and a verb comes after it. */
    private static boolean verbAfterTheClause(Sentence s, int at) {
        boolean closed = false;
        for (int k = at + 1; k < s.tokens().size(); k++) {
            if (s.tokens().get(k).equals(",")) {
                closed = true;
            } else if (closed && (s.tag(k).equals("VERB") || s.tag(k).equals("AUX"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean possessive(String token) {
        return token.endsWith("'s") || token.endsWith("\u2019s");
    }

    /**
     * Where the time phrase's words start and end among the tokens (a possessive "Thursday's"
     * matches "Thursday"), or null.
     */
    private static int[] find(List<String> tokens, String[] words) {
        outer:
        for (int i = 0; i < tokens.size(); i++) {
            if (!matches(tokens.get(i), words[0].replaceAll("[,.]$", ""))) {
                continue;
            }
            int k = i;
            for (String w : words) {
                String bare = w.replaceAll("[,.]$", "");
                while (k < tokens.size()
                        && (tokens.get(k).equals(",") || tokens.get(k).equals("."))) {
                    k++;
                }
                if (k >= tokens.size() || !matches(tokens.get(k), bare)) {
                    continue outer;
                }
                k++;
            }
            return new int[] {i, k - 1};
        }
        return null;
    }

    private static boolean matches(String token, String word) {
        return token.equalsIgnoreCase(word)
                || (possessive(token) && token.substring(0, token.length() - 2).equalsIgnoreCase(word));
    }
}
