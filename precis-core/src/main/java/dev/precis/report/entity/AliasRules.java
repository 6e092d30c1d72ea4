package dev.precis.report.entity;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rules that say two spellings name one entity, each a pure function of the keys (and, for
 * surnames, of the documents they appear in). The country alias rule lives in {@link NameKey}: a
 * country's aliases share its key.
 */
final class AliasRules {
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for");

    private AliasRules() {}

    /** An acronym as written: two to six capitals or digits, a capital first (IS, G20, U.S.). */
    static boolean isAcronym(String surface) {
        String t = surface.replace(".", "");
        return t.length() >= 2
                && t.length() <= 6
                && t.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && Character.isUpperCase(t.charAt(0));
    }

    /** Acronym rule: {@code acronym} (a key, lower case) abbreviates the name of several words {@code words}. */
    static boolean abbreviates(String acronym, String words) {
        return words.contains(" ") && initials(words).equals(acronym);
    }

    /** Initials of the words that count: "group of 20" gives g20, "islamic state" is. */
    static String initials(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.split(" ")) {
            if (w.isEmpty() || MINOR_WORDS.contains(w)) {
                continue;
            }
            sb.append(Character.isDigit(w.charAt(0)) ? w : w.substring(0, 1));
        }
        return sb.toString();
    }

    /** Spelling rule: same surname, first names a letter or two apart (sergey lavrov / sergei lavrov). */
    static boolean spellingVariants(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length || x.length < 2 || !x[x.length - 1].equals(y[y.length - 1])) {
            return false;
        }
        for (int i = 0; i < x.length - 1; i++) {
            if (!x[i].equals(y[i])
                    && (x[i].length() < 4 || x[i].charAt(0) != y[i].charAt(0) || editDistance(x[i], y[i]) > 2)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Transliteration rule for one-word names: same first letter, five letters or more, and one vowel
     * of a vowel pair different (qaeda/qaida, hussein/hussain; not florida/florita, not hunan/henan).
     */
    static boolean vowelVariant(String a, String b) {
        if (a.length() < 5 || a.length() != b.length() || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                boolean inPair = i > 0 && isVowel(a.charAt(i - 1)) || i + 1 < a.length() && isVowel(a.charAt(i + 1));
                if (!isVowel(a.charAt(i)) || !isVowel(b.charAt(i)) || !inPair) {
                    return false;
                }
                differences++;
            }
        }
        return differences == 1;
    }

    /**
     * Surname rule: of the full names ending with a surname (each with the documents that write it),
     * the one the surname joins, or null. It must be written in at least twice as many documents as
     * the other full names together, and in at least half as many as the surname alone: "Obama" in
     * one report joins "Barack Obama" in four others, but "Clinton" in five reports does not join a
     * "George Clinton" named once.
     *
     * @param fullNames   each full name ending with the surname, with the documents that write it
     * @param surnameDocs the documents that write the surname alone
     */
    static <K> K dominantFullName(Map<K, Set<Integer>> fullNames, Set<Integer> surnameDocs) {
        K best = null;
        int bestDocs = 0;
        int otherDocs = 0;
        for (Map.Entry<K, Set<Integer>> t : fullNames.entrySet()) {
            int n = t.getValue().size();
            if (n > bestDocs) {
                otherDocs += bestDocs;
                best = t.getKey();
                bestDocs = n;
            } else {
                otherDocs += n;
            }
        }
        if (best == null || bestDocs < 2 * otherDocs) {
            return null;
        }
        Set<Integer> alone = new HashSet<>(surnameDocs);
        alone.removeAll(fullNames.get(best));
        return bestDocs >= 0.5 * alone.size() ? best : null;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
