package dev.precis.report.entity;

import static dev.precis.report.Lexicon.key;

import dev.precis.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/** How a name is written from a span of a sentence's tokens, and its key. */
final class NameText {
    private NameText() {}

    private static String token(Sentence s, int i) {
        return s.tokens().get(i);
    }

    static boolean possessive(String token) {
        return token.endsWith("'s") || token.endsWith("\u2019s");
    }

    static String join(Sentence s, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            String t = k == to - 1 ? bare(token(s, k)) : token(s, k);
            boolean glue = t.equals("-") || (k > from && token(s, k - 1).equals("-"));
            if (sb.length() > 0 && !glue) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /** The token without a possessive or a sentence's full stop ("Assad's", "Lavrov."); "U.S." keeps its dots. */
    static String bare(String token) {
        String t = possessive(token) ? token.substring(0, token.length() - 2) : token;
        if (t.endsWith(".") && t.indexOf('.') == t.length() - 1 && t.length() > 3) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** Lower case, no dots, no Arabic article particles, no middle initials; a country by its ISO name. */
    static NameKey nameKey(Sentence s, int from, int to) {
        String whole = key(join(s, from, to));
        if (whole.startsWith("the ")) {
            whole = whole.substring(4);
        }
        List<String> parts = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String t = key(k == to - 1 ? bare(token(s, k)) : token(s, k));
            if (t.equals("-") || MentionFinder.PARTICLES.contains(t) && k + 1 < to) {
                continue;
            }
            if (t.length() == 1
                    && k > from
                    && k + 1 < to
                    && Character.isUpperCase(token(s, k).charAt(0))) {
                continue; // a middle initial: Louis J. Freeh = Louis Freeh
            }
            parts.add(t);
        }
        return NameKey.of(String.join(" ", parts), whole);
    }
}
