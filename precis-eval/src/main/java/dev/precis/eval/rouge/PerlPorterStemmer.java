package dev.precis.eval.rouge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter (1980) stemmer exactly as ROUGE-1.5.5 runs it: the regular-expression formulation of
 * the algorithm, with ROUGE's one change to step 4 (a word ending in "-ement" is not also tried
 * for "-ment" and "-ent" in the same pass; the three suffixes are tested one after another).
 * Other Porter implementations differ from it on a few hundred English words, enough to move
 * ROUGE scores in the fourth decimal, so the evaluator uses this one.
 */
final class PerlPorterStemmer {
    private static final String C_ONE = "[^aeiou]";
    private static final String V_ONE = "[aeiouy]";
    private static final String C_SEQ = C_ONE + "[^aeiouy]*";
    private static final String V_SEQ = V_ONE + "[aeiou]*";
    private static final Pattern M_GT_0 = Pattern.compile("^(" + C_SEQ + ")?" + V_SEQ + C_SEQ);
    private static final Pattern M_EQ_1 = Pattern.compile("^(" + C_SEQ + ")?" + V_SEQ + C_SEQ + "(" + V_SEQ + ")?$");
    private static final Pattern M_GT_1 = Pattern.compile("^(" + C_SEQ + ")?" + V_SEQ + C_SEQ + V_SEQ + C_SEQ);
    private static final Pattern HAS_VOWEL = Pattern.compile("^(" + C_SEQ + ")?" + V_ONE);
    private static final Pattern CVC = Pattern.compile("^" + C_SEQ + V_ONE + "[^aeiouwxy]$");

    private static final Pattern STEP1A_SSES_IES = Pattern.compile("(ss|i)es$");
    private static final Pattern STEP1A_S = Pattern.compile("([^s])s$");
    private static final Pattern STEP1B_EED = Pattern.compile("eed$");
    private static final Pattern STEP1B_ED_ING = Pattern.compile("(ed|ing)$");
    private static final Pattern STEP1B_AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
    private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP1C_Y = Pattern.compile("y$");
    private static final Pattern STEP2 = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli"
            + "|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP4 =
            Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern STEP4_MENT = Pattern.compile("ment$");
    private static final Pattern STEP4_ENT = Pattern.compile("ent$");
    private static final Pattern STEP4_ION = Pattern.compile("(s|t)(ion)$");
    private static final Pattern STEP5_E = Pattern.compile("e$");
    private static final Pattern STEP5_LL = Pattern.compile("ll$");

    private static final Map<String, String> STEP2_SUFFIXES = Map.ofEntries(
            Map.entry("ational", "ate"),
            Map.entry("tional", "tion"),
            Map.entry("enci", "ence"),
            Map.entry("anci", "ance"),
            Map.entry("izer", "ize"),
            Map.entry("bli", "ble"),
            Map.entry("alli", "al"),
            Map.entry("entli", "ent"),
            Map.entry("eli", "e"),
            Map.entry("ousli", "ous"),
            Map.entry("ization", "ize"),
            Map.entry("ation", "ate"),
            Map.entry("ator", "ate"),
            Map.entry("alism", "al"),
            Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"),
            Map.entry("ousness", "ous"),
            Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"),
            Map.entry("biliti", "ble"),
            Map.entry("logi", "log"));
    private static final Map<String, String> STEP3_SUFFIXES =
            Map.of("icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private PerlPorterStemmer() {}

    static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        String w = word;
        boolean initialY = w.charAt(0) == 'y';
        if (initialY) {
            w = 'Y' + w.substring(1); // an initial y is a consonant
        }
        Matcher m;
        // Step 1a
        if ((m = STEP1A_SSES_IES.matcher(w)).find()) {
            w = w.substring(0, m.start()) + m.group(1);
        } else if ((m = STEP1A_S.matcher(w)).find()) {
            w = w.substring(0, m.start()) + m.group(1);
        }
        // Step 1b
        if ((m = STEP1B_EED.matcher(w)).find()) {
            if (M_GT_0.matcher(w.substring(0, m.start())).find()) {
                w = w.substring(0, w.length() - 1);
            }
        } else if ((m = STEP1B_ED_ING.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) {
                w = stem;
                if (STEP1B_AT_BL_IZ.matcher(w).find()) {
                    w = w + "e";
                } else if (STEP1B_DOUBLE.matcher(w).find()) {
                    w = w.substring(0, w.length() - 1);
                } else if (CVC.matcher(w).find()) {
                    w = w + "e";
                }
            }
        }
        // Step 1c
        if ((m = STEP1C_Y.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) {
                w = stem + "i";
            }
        }
        w = replaceSuffix(w, STEP2, STEP2_SUFFIXES);
        w = replaceSuffix(w, STEP3, STEP3_SUFFIXES);
        // Step 4 (with ROUGE's change: -ement, -ment and -ent tested in turn)
        w = dropSuffix(w, STEP4);
        w = dropSuffix(w, STEP4_MENT);
        if ((m = STEP4_ENT.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_1.matcher(stem).find()) {
                w = stem;
            }
        } else if ((m = STEP4_ION.matcher(w)).find()) {
            String stem = w.substring(0, m.start()) + m.group(1);
            if (M_GT_1.matcher(stem).find()) {
                w = stem;
            }
        }
        // Step 5
        if ((m = STEP5_E.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_1.matcher(stem).find()
                    || (M_EQ_1.matcher(stem).find() && !CVC.matcher(stem).find())) {
                w = stem;
            }
        }
        if (STEP5_LL.matcher(w).find() && M_GT_1.matcher(w).find()) {
            w = w.substring(0, w.length() - 1);
        }
        if (initialY) {
            w = 'y' + w.substring(1);
        }
        return w;
    }

    private static String replaceSuffix(String w, Pattern suffixes, Map<String, String> replacements) {
        Matcher m = suffixes.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_0.matcher(stem).find()) {
                return stem + replacements.get(m.group(1));
            }
        }
        return w;
    }

    private static String dropSuffix(String w, Pattern suffix) {
        Matcher m = suffix.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_1.matcher(stem).find()) {
                return stem;
            }
        }
        return w;
    }
}
